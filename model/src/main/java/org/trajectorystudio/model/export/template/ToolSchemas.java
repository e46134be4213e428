package org.trajectorystudio.model.export.template;

import java.util.List;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tools in the OpenAI function form ({@code {"type": "function", "function": {name, description, parameters}}}), the
 * shape HuggingFace passes to chat templates and that chat-format training files carry.
 */
public final class ToolSchemas {
    private ToolSchemas() {}

    public static ObjectNode function(ToolSpec tool) {
        ObjectNode function = Json.object();
        function.put("name", tool.name());
        if (tool.description() != null) {
            function.put("description", tool.description());
        }
        if (tool.parameters() != null) {
            function.set("parameters", tool.parameters());
        }
        ObjectNode node = Json.object();
        node.put("type", "function");
        node.set("function", function);
        return node;
    }

    /**
     * The tools a chat template is given for a sample: the source's own OpenAI-form list where the reader kept it
     * (its key order, its null fields) and it still names the sample's tools in order, else the canonical form.
     */
    public static ArrayNode offered(Sample sample) {
        if (sample.metadata().get("tools") instanceof ArrayNode source && source.size() == sample.tools().size()) {
            boolean same = true;
            for (int i = 0; i < source.size() && same; i++) {
                JsonNode function = source.get(i).get("function");
                same = "function".equals(Json.text(source.get(i), "type")) && function != null && function.isObject()
                        && sample.tools().get(i).name().equals(Json.text(function, "name"));
            }
            if (same) {
                return source;
            }
        }
        return functions(sample.tools());
    }

    /**
     * Calls in the OpenAI form {@code [{id, type: "function", function: {name, arguments}}]}, arguments as parsed
     * JSON (transformers' convention for templates) or, where they were not JSON, as the source's string.
     */
    public static ArrayNode calls(List<ToolCall> calls) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ToolCall call : calls) {
            ObjectNode entry = array.addObject();
            if (call.id() != null) {
                entry.put("id", call.id());
            }
            entry.put("type", "function");
            ObjectNode function = entry.putObject("function");
            function.put("name", call.name());
            if (call.hasInvalidArguments()) {
                function.put("arguments", call.rawArguments());
            } else {
                function.set("arguments", call.arguments());
            }
        }
        return array;
    }

    public static ArrayNode functions(List<ToolSpec> tools) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        tools.forEach(tool -> array.add(function(tool)));
        return array;
    }
}
