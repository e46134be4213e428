package org.trajectorystudio.model.format.react;

import static org.trajectorystudio.model.format.react.ReactTags.CODE;
import static org.trajectorystudio.model.format.react.ReactTags.CODE_END;

import java.util.Set;
import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the text of one {@code <tool_call>} block: {@code {"name": …, "arguments": {…}}}, optionally followed by a
 * {@code <code>…</code>} block (the Tongyi PythonInterpreter convention). Text that is not a readable call is kept
 * verbatim as an unparsed call, never dropped.
 */
final class ToolCallReader {
    static final String UNKNOWN_TOOL = "unknown";
    private static final Set<String> CALL_FIELDS = Set.of("name", "arguments", "parameters", "id");

    /**
     * @param call the call
     * @param extraFields fields of the call object that a {@link ToolCall} has no place for, or null
     */
    record ReadCall(ToolCall call, ObjectNode extraFields) {}

    private ToolCallReader() {}

    static ReadCall read(String block, int number, Consumer<String> warn) {
        String raw = block.strip();
        String json = raw;
        String code = null;
        int codeStart = raw.indexOf(CODE);
        if (codeStart >= 0) {
            int codeFrom = codeStart + CODE.length();
            int codeEnd = raw.indexOf(CODE_END, codeFrom);
            if (codeEnd < 0 || !raw.substring(codeEnd + CODE_END.length()).isBlank()) {
                return unparsed(raw, number, "its <code> block is not closed or is followed by more text", warn);
            }
            json = raw.substring(0, codeStart).strip();
            code = raw.substring(codeFrom, codeEnd).strip();
        }
        if (json.isEmpty()) {
            return unparsed(raw, number, "it holds no JSON", warn);
        }
        String unfenced = stripCodeFence(json);
        if (unfenced != json) {
            warn.accept("tool call " + number + " is wrapped in a Markdown code fence; read without it");
            json = unfenced;
        }
        LenientJson.Parsed parsed = LenientJson.parse(json);
        if (parsed == null) {
            return unparsed(raw, number, "it is not valid JSON", warn);
        }
        if (!(parsed.value() instanceof ObjectNode object)) {
            return unparsed(raw, number, "it is not a JSON object", warn);
        }
        String name = Json.text(object, "name");
        if (name == null || name.isBlank()) {
            return unparsed(raw, number, "it has no tool 'name'", warn);
        }
        JsonNode arguments = arguments(object);
        if (code != null) {
            if (!(arguments instanceof ObjectNode argumentObject) || argumentObject.has("code")) {
                return unparsed(raw, number, "its <code> block cannot be merged into its arguments", warn);
            }
            argumentObject.put("code", code);
        }
        if (parsed.lenient()) {
            warn.accept("tool call " + number + " is not strict JSON; read leniently");
        }
        ObjectNode extra = null;
        for (var field : object.properties()) {
            if (!CALL_FIELDS.contains(field.getKey())) {
                if (extra == null) {
                    extra = Json.object();
                }
                extra.set(field.getKey(), field.getValue());
            }
        }
        return new ReadCall(ToolCall.parsed(Json.text(object, "id"), name, arguments), extra);
    }

    /** {@code arguments} (or {@code parameters}); a JSON-encoded string is decoded, as OpenAI-style writers emit it. */
    private static JsonNode arguments(ObjectNode call) {
        JsonNode arguments = call.get("arguments");
        if (arguments == null || arguments.isNull()) {
            arguments = call.get("parameters");
        }
        if (arguments == null || arguments.isNull()) {
            return Json.object();
        }
        if (arguments.isString()) {
            JsonNode decoded = Json.tryParse(arguments.stringValue());
            if (decoded != null && decoded.isContainer()) {
                return decoded;
            }
        }
        return arguments;
    }

    private static ReadCall unparsed(String raw, int number, String why, Consumer<String> warn) {
        String name = recoverName(raw);
        warn.accept("tool call " + number + (name == null ? "" : " ('" + name + "')") + " cannot be read: " + why
                + "; kept as raw text");
        return new ReadCall(ToolCall.unparsed(null, name == null ? UNKNOWN_TOOL : name, raw), null);
    }

    /** The value of the first {@code "name": "…"} pair in broken JSON, or null. A scan, not a regex. */
    static String recoverName(String raw) {
        int at = raw.indexOf("\"name\"");
        while (at >= 0) {
            int i = skipSpace(raw, at + 6);
            if (i < raw.length() && raw.charAt(i) == ':') {
                i = skipSpace(raw, i + 1);
                if (i < raw.length() && raw.charAt(i) == '"') {
                    int end = raw.indexOf('"', i + 1);
                    if (end > i + 1) {
                        String name = raw.substring(i + 1, end).strip();
                        if (!name.isEmpty() && name.length() <= 200 && name.indexOf('\\') < 0) {
                            return name;
                        }
                    }
                }
            }
            at = raw.indexOf("\"name\"", at + 6);
        }
        return null;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text inside a {@code ```json … ```} fence, or the same instance when it has none. */
    private static String stripCodeFence(String text) {
        if (!text.startsWith("```") || !text.endsWith("```") || text.length() < 6) {
            return text;
        }
        int firstNewline = text.indexOf('\n');
        if (firstNewline < 0 || firstNewline > text.length() - 3) {
            return text;
        }
        return text.substring(firstNewline + 1, text.length() - 3).strip();
    }
}
