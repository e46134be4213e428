package org.trajectorystudio.model.format.react;

import org.trajectorystudio.model.text.LenientJson;
import static org.trajectorystudio.model.text.Tags.TOOLS;
import static org.trajectorystudio.model.text.Tags.TOOLS_END;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;

/**
 * The tools offered to the agent: from a record's {@code functions}/{@code tools} array (Qwen-agent entries with
 * {@code name_for_model}/{@code description_for_model}, plain {@code name}/{@code description}, or OpenAI
 * {@code {"type":"function","function":{…}}} wrappers), or from the {@code <tools>…</tools>} block of a prompt.
 */
final class ToolListExtractor {
    private static final Set<String> PLAIN_FIELDS = Set.of("name", "description", "parameters");

    /**
     * @param tools the tools read
     * @param lossless true when every entry is fully represented by a {@link ToolSpec}, so the source array need not
     *     be kept in metadata
     */
    record ToolList(List<ToolSpec> tools, boolean lossless) {}

    private ToolListExtractor() {}

    /** Reads a {@code functions} or {@code tools} array. */
    static ToolList fromArray(JsonNode array, String field, Consumer<String> warn) {
        List<ToolSpec> tools = new ArrayList<>(array.size());
        boolean lossless = true;
        int index = 0;
        for (JsonNode entry : array) {
            index++;
            ToolSpec tool = toolOf(entry);
            if (tool == null) {
                warn.accept("'" + field + "' entry " + index + " names no tool; skipped (kept in metadata)");
                lossless = false;
            } else {
                tools.add(tool);
                lossless &= isPlain(entry);
            }
        }
        return new ToolList(tools, lossless);
    }

    /** A {@code <tools>} block as read: its text, the tools and the warnings reading it gave. */
    private record ReadBlock(String text, List<ToolSpec> tools, List<String> warnings) {}

    /**
     * The block this thread read last: the records of a file nearly always carry the same prompt, and reading its
     * tools (a lenient JSON parse of each) was a few per cent of an import. Reused only for the very same text.
     */
    private static final ThreadLocal<ReadBlock> LAST_BLOCK = new ThreadLocal<>();

    /** Reads the {@code <tools>} block of a prompt, or returns null when the text has none. */
    static List<ToolSpec> fromPrompt(String prompt, Consumer<String> warn) {
        int open = prompt.indexOf(TOOLS);
        if (open < 0) {
            return null;
        }
        int from = open + TOOLS.length();
        int close = prompt.indexOf(TOOLS_END, from);
        int end = close < 0 ? prompt.length() : close;
        ReadBlock last = LAST_BLOCK.get();
        if (last != null && last.text().length() == end - from && prompt.regionMatches(from, last.text(), 0, end - from)) {
            last.warnings().forEach(warn);
            return last.tools();
        }
        List<ToolSpec> tools = new ArrayList<>();
        List<String> warnings = new ArrayList<>(0);
        for (int[] range : JsonObjectScanner.objects(prompt, from, end)) {
            LenientJson.Parsed parsed = LenientJson.parse(prompt.substring(range[0], range[1]));
            ToolSpec tool = parsed == null ? null : toolOf(parsed.value());
            if (tool == null) {
                warnings.add("tool " + (tools.size() + 1) + " of the <tools> block cannot be read; skipped");
            } else {
                tools.add(tool);
            }
        }
        ReadBlock read = new ReadBlock(prompt.substring(from, end), List.copyOf(tools), List.copyOf(warnings));
        LAST_BLOCK.set(read);
        read.warnings().forEach(warn);
        return read.tools();
    }

    private static ToolSpec toolOf(JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            return null;
        }
        JsonNode function = entry.get("function");
        JsonNode spec = function != null && function.isObject() ? function : entry;
        String name = firstText(spec, "name_for_model", "name");
        if (name == null || name.isBlank()) {
            return null;
        }
        JsonNode parameters = spec.get("parameters");
        return new ToolSpec(name, firstText(spec, "description_for_model", "description"),
                parameters == null || parameters.isNull() ? null : parameters);
    }

    /** True when a ToolSpec holds everything the entry says (an OpenAI wrapper adds nothing but its type). */
    private static boolean isPlain(JsonNode entry) {
        JsonNode function = entry.get("function");
        if (function != null && function.isObject()) {
            boolean wrapperOnly = entry.size() == 2 && "function".equals(Json.text(entry, "type"));
            return wrapperOnly && isPlain(function);
        }
        for (String field : entry.propertyNames()) {
            if (!PLAIN_FIELDS.contains(field)) {
                return false;
            }
        }
        JsonNode description = entry.get("description");
        JsonNode parameters = entry.get("parameters");
        return (description == null || description.isString()) && (parameters == null || !parameters.isNull());
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = Json.text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
