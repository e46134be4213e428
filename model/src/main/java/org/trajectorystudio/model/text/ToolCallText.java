package org.trajectorystudio.model.text;

import org.trajectorystudio.model.export.template.PyJson;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolCall;

/**
 * A call as the {@code {"name": …, "arguments": …}} text a {@code <tool_call>} block holds; arguments that were not
 * JSON are written back verbatim, which {@link ToolCallReader#addText} reads back into the same raw arguments.
 */
public final class ToolCallText {
    private ToolCallText() {}

    /** As Python's {@code json.dumps} writes it ({@code ", "} and {@code ": "}, non-ASCII kept): Tongyi sources. */
    public static String pythonJson(ToolCall call) {
        StringBuilder text = new StringBuilder("{\"name\": ");
        PyJson.string(call.name(), text);
        text.append(", \"arguments\": ").append(call.hasInvalidArguments() ? call.rawArguments() : PyJson.write(call.arguments()));
        return text.append('}').toString();
    }

    /** Compact JSON: the studio's prompts (a call whose arguments are not JSON is spaced like {@link #pythonJson}). */
    public static String compactJson(ToolCall call) {
        String name = Json.write(Json.MAPPER.getNodeFactory().stringNode(call.name()));
        return call.hasInvalidArguments()
                ? "{\"name\": " + name + ", \"arguments\": " + call.rawArguments() + "}"
                : "{\"name\":" + name + ",\"arguments\":" + Json.write(call.arguments()) + "}";
    }
}
