package org.trajectorystudio.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects the tool calls of one assistant turn, in order, from whatever shape they come in: OpenAI
 * {@code {id, type, function:{name, arguments}}}, flat {@code {name, arguments}} (Hermes {@code <tool_call>} bodies,
 * LLaMA-Factory {@code function_call} turns, legacy {@code function_call}) or a list of those. Arguments may be a JSON
 * string (decoded) or a JSON value. Call text may be JSON in a Markdown fence, a Python repr (ToolBench), JSON5-ish
 * (what the Tongyi agent accepts, with a warning) or followed by a {@code <code>} block (PythonInterpreter). A call that
 * cannot be read is kept as an unparsed call with its raw text and a warning, never dropped; where its name and
 * arguments can still be told apart ({@code {"name": "x", "arguments": RAW}}, as {@link ToolCallText} writes a call
 * whose arguments are not JSON) the raw text is its arguments. Fields of a call object that a {@link ToolCall} has no
 * place for are kept, one object per call, for the step's metadata. The one reader of calls for every format and for
 * the preview's completions.
 */
public final class ToolCallReader {
    /** The name given to a call whose name cannot be found. */
    public static final String UNKNOWN_TOOL = "unknown";

    private static final Set<String> CALL_FIELDS = Set.of("id", "name", "arguments", "parameters");
    /** {@code {"name": "…", "arguments": RAW}}, closed or cut off by a token limit before its closing brace. */
    private static final Pattern NAME_AND_RAW_ARGUMENTS = Pattern.compile(
            "\\A\\{\\s*\"name\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*,\\s*\"arguments\"\\s*:\\s*(.*?)\\s*}?\\z", Pattern.DOTALL);

    private final Consumer<String> warn;
    private final List<ToolCall> calls = new ArrayList<>(2);
    private final List<ObjectNode> extraFields = new ArrayList<>(2);
    private boolean anyExtraFields;
    /** True while a call written as text is read: there a string of arguments that is no JSON is a string value. */
    private boolean writtenAsText;

    public ToolCallReader(Consumer<String> warn) {
        this.warn = warn;
    }

    public List<ToolCall> calls() {
        return List.copyOf(calls);
    }

    public boolean isEmpty() {
        return calls.isEmpty();
    }

    /** One object per call, in call order ({@code {}} for a call without any), or null when no call has extra fields. */
    public ArrayNode extraFields() {
        if (!anyExtraFields) {
            return null;
        }
        ArrayNode array = Json.MAPPER.createArrayNode();
        extraFields.forEach(fields -> array.add(fields == null ? Json.object() : fields));
        return array;
    }

    /** A call whose parts are known; {@code arguments} may be a JSON string, a JSON value or null. */
    public void add(String id, String name, JsonNode arguments, ObjectNode extra) {
        int number = calls.size() + 1;
        if (name == null || name.isBlank()) {
            ObjectNode raw = Json.object();
            if (id != null) {
                raw.put("id", id);
            }
            if (arguments != null) {
                raw.set("arguments", arguments);
            }
            unparsed(id, null, Json.write(raw), "it has no tool name", extra);
            return;
        }
        record(withArguments(id, name, arguments, number), extra);
    }

    /** A call object (flat or OpenAI-style) or an array of them. */
    public void addJson(JsonNode value) {
        if (value instanceof ArrayNode array) {
            if (array.isEmpty()) {
                warn.accept("an empty list of tool calls");
            }
            array.forEach(this::addObject);
        } else {
            addObject(value);
        }
    }

    /**
     * The text of a call: JSON (in a Markdown code fence or not, strict, else a Python repr, else JSON5-ish with a
     * warning), optionally followed by a {@code <code>} block that becomes its {@code code} argument; read as
     * {@link #addJson}.
     */
    public void addText(String text) {
        String raw = text.strip();
        String json = raw;
        String code = null;
        int codeStart = raw.indexOf(Tags.CODE);
        if (codeStart >= 0) {
            int codeFrom = codeStart + Tags.CODE.length();
            int codeEnd = raw.indexOf(Tags.CODE_END, codeFrom);
            if (codeEnd < 0 || !raw.substring(codeEnd + Tags.CODE_END.length()).isBlank()) {
                unparsed(null, recoverName(raw), raw, "its <code> block is not closed or is followed by more text", null);
                return;
            }
            json = raw.substring(0, codeStart).strip();
            code = raw.substring(codeFrom, codeEnd).strip();
        }
        if (json.isEmpty()) {
            unparsed(null, null, raw, "it is empty", null);
            return;
        }
        JsonNode parsed = parse(json);
        if (parsed == null) {
            unreadable(raw);
        } else if (parsed.isObject() || parsed.isArray()) {
            int before = calls.size();
            writtenAsText = true;
            try {
                addJson(parsed);
            } finally {
                writtenAsText = false;
            }
            if (code != null) {
                mergeCode(before, code, raw);
            }
        } else {
            unparsed(null, null, raw, "it is not a JSON object", null);
        }
    }

    private JsonNode parse(String json) {
        JsonNode parsed = Json.tryParse(json);
        if (parsed != null) {
            return parsed;
        }
        String unfenced = stripCodeFence(json);
        parsed = unfenced == null ? null : Json.tryParse(unfenced);
        if (parsed != null) {
            warn.accept("tool call " + (calls.size() + 1) + " is wrapped in a Markdown code fence; read without it");
            return parsed;
        }
        if (json.startsWith("{") && json.indexOf('\'') >= 0) {
            // ToolBench writes calls as Python reprs: {'name': 'x', 'arguments': '{}'}
            parsed = PythonLiteral.toJson(json);
            if (parsed != null) {
                return parsed;
            }
        }
        LenientJson.Parsed lenient = LenientJson.parse(json);
        if (lenient != null && lenient.value().isContainer()) {
            warn.accept("tool call " + (calls.size() + 1) + " is not strict JSON; read leniently");
            return lenient.value();
        }
        return null;
    }

    /** The {@code <code>} block of a PythonInterpreter call, as its {@code code} argument. */
    private void mergeCode(int before, String code, String raw) {
        if (calls.size() != before + 1 || calls.get(before).hasInvalidArguments()
                || !(calls.get(before).arguments() instanceof ObjectNode arguments) || arguments.has("code")) {
            warn.accept("tool call " + (before + 1) + ": its <code> block cannot be merged into its arguments; kept as raw text");
            while (calls.size() > before) {
                calls.removeLast();
                extraFields.removeLast();
            }
            record(ToolCall.unparsed(null, Objects.requireNonNullElse(recoverName(raw), UNKNOWN_TOOL), raw), null);
            return;
        }
        ToolCall call = calls.get(before);
        calls.set(before, ToolCall.parsed(call.id(), call.name(), arguments.deepCopy().put("code", code)));
    }

    /** Text that is no JSON: its arguments kept raw when name and arguments can be told apart, else all of it. */
    private void unreadable(String raw) {
        Matcher nameAndRaw = NAME_AND_RAW_ARGUMENTS.matcher(raw);
        if (nameAndRaw.matches()) {
            JsonNode quoted = Json.tryParse(nameAndRaw.group(1));
            // the name as written, even a blank one: the text named the call so
            String name = quoted != null ? quoted.stringValue() : nameAndRaw.group(1).substring(1, nameAndRaw.group(1).length() - 1);
            warn.accept("tool call " + (calls.size() + 1) + " ('" + name + "') has arguments that are not valid JSON; kept as raw text");
            record(ToolCall.unparsed(null, name, nameAndRaw.group(2).strip()), null);
            return;
        }
        unparsed(null, recoverName(raw), raw, "it is not valid JSON", null);
    }

    private void addObject(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            unparsed(null, null, node.isString() ? node.stringValue() : Json.write(node), "it is not a JSON object", null);
            return;
        }
        ObjectNode function = !object.has("name") && object.get("function") instanceof ObjectNode nested ? nested : null;
        ObjectNode source = function == null ? object : function;
        JsonNode arguments = source.get("arguments");
        if (arguments == null || (arguments.isNull() && !writtenAsText)) {
            arguments = source.get("parameters");
        }
        ObjectNode extra = null;
        for (var field : object.properties()) {
            String key = field.getKey();
            boolean known = CALL_FIELDS.contains(key)
                    || (function != null && (key.equals("function") || isFunctionType(key, field.getValue())));
            if (!known) {
                extra = extra == null ? Json.object() : extra;
                extra.set(key, field.getValue());
            }
        }
        if (function != null) {
            for (var field : function.properties()) {
                if (!CALL_FIELDS.contains(field.getKey())) {
                    extra = extra == null ? Json.object() : extra;
                    extra.set("function." + field.getKey(), field.getValue());
                }
            }
        }
        String id = Json.scalarText(object, "id");
        String name = Json.text(source, "name");
        if (name == null && function == null && !object.has("name")) {
            // Inspect AI: {"id", "function": "bash", "arguments": {…}}
            name = Json.text(object, "function");
            if (extra != null) {
                extra.remove("function");
                extra = extra.isEmpty() ? null : extra;
            }
        }
        if (name == null || name.isBlank()) {
            unparsed(id, null, Json.write(object), "it has no tool name", null);
            return;
        }
        record(withArguments(id, name, arguments, calls.size() + 1), extra);
    }

    private static boolean isFunctionType(String key, JsonNode value) {
        return key.equals("type") && value.isString() && value.stringValue().equals("function");
    }

    private ToolCall withArguments(String id, String name, JsonNode arguments, int number) {
        if (arguments == null || arguments.isMissingNode() || (arguments.isNull() && !writtenAsText)) {
            return ToolCall.parsed(id, name, Json.object());
        }
        if (!arguments.isString()) {
            return ToolCall.parsed(id, name, arguments);
        }
        String raw = arguments.stringValue();
        if (raw.isBlank() && !writtenAsText) {
            warn.accept("tool call " + number + " ('" + name + "') has empty arguments; read as {}");
            return ToolCall.parsed(id, name, Json.object());
        }
        JsonNode parsed = Json.tryParse(raw);
        if (writtenAsText && (parsed == null || !parsed.isContainer())) {
            // {"name": "x", "arguments": "a string"}: the text said a string, and a string it stays
            return ToolCall.parsed(id, name, arguments);
        }
        if (parsed == null) {
            warn.accept("tool call " + number + " ('" + name + "') has arguments that are not valid JSON; kept raw");
            return ToolCall.unparsed(id, name, raw);
        }
        if (parsed.isString()) {
            JsonNode inner = Json.tryParse(parsed.stringValue());
            if (inner != null && inner.isContainer()) {
                warn.accept("tool call " + number + " ('" + name + "') has doubly JSON-encoded arguments; decoded twice");
                return ToolCall.parsed(id, name, inner);
            }
        }
        return ToolCall.parsed(id, name, parsed);
    }

    private void unparsed(String id, String name, String raw, String why, ObjectNode extra) {
        int number = calls.size() + 1;
        warn.accept("tool call " + number + (name == null ? "" : " ('" + name + "')") + " cannot be read: " + why
                + "; kept as raw text");
        record(ToolCall.unparsed(id, name == null ? UNKNOWN_TOOL : name, raw), extra);
    }

    private void record(ToolCall call, ObjectNode extra) {
        calls.add(call);
        extraFields.add(extra);
        anyExtraFields |= extra != null;
    }

    /** The value of the first {@code "name": "…"} pair of broken JSON, or null. A scan, not a regex. */
    static String recoverName(String raw) {
        int at = raw.indexOf("\"name\"");
        while (at >= 0) {
            int i = skipSpace(raw, at + 6);
            if (i < raw.length() && raw.charAt(i) == ':') {
                i = skipSpace(raw, i + 1);
                if (i < raw.length() && raw.charAt(i) == '"') {
                    int end = raw.indexOf('"', i + 1);
                    if (end > i + 1 && end - i <= 200) {
                        String name = raw.substring(i + 1, end).strip();
                        if (!name.isEmpty() && name.indexOf('\\') < 0) {
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

    /** The text inside a {@code ```json … ```} fence, or null when the text is not fenced. */
    private static String stripCodeFence(String text) {
        if (!text.startsWith("```") || !text.endsWith("```") || text.length() < 7) {
            return null;
        }
        int firstNewline = text.indexOf('\n');
        if (firstNewline < 0 || firstNewline >= text.length() - 3) {
            return null;
        }
        return text.substring(firstNewline + 1, text.length() - 3).strip();
    }
}
