package org.trajectorystudio.model.format.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;

/**
 * Reads tool lists: OpenAI {@code [{type:"function", function:{name, description, parameters}}]}, flat
 * {@code [{name, description, parameters}]} (legacy {@code functions}, LLaMA-Factory; Qwen-Agent's
 * {@code name_for_model}/{@code description_for_model} too), either given as a JSON array or
 * as a string holding one, and the {@code <tools>…</tools>} block of a Hermes/Qwen system prompt.
 */
public final class ToolSpecReader {
    private static final Set<String> SPEC_FIELDS = Set.of("name", "description", "parameters");
    private static final List<String> SPEC_ORDER = List.of("name", "description", "parameters");
    private static final String TOOLS = "<tools>";
    private static final String TOOLS_END = "</tools>";

    /**
     * @param tools the tools read
     * @param lossless true when the tools say everything the source said (no unknown field, no unreadable entry), so
     *     that the source field need not be kept in metadata
     */
    public record ToolList(List<ToolSpec> tools, boolean lossless) {
        public static final ToolList NONE = new ToolList(List.of(), true);

        public ToolList {
            tools = List.copyOf(tools);
        }
    }

    private ToolSpecReader() {}

    /** The tools of a record field; {@code field} names it in warnings. */
    public static ToolList read(JsonNode node, String field, Consumer<String> warn) {
        if (node == null || node.isNull()) {
            return ToolList.NONE;
        }
        JsonNode list = node;
        if (node.isString()) {
            String text = node.stringValue();
            if (text.isBlank()) {
                return ToolList.NONE;
            }
            list = Json.tryParse(text);
            if (list == null) {
                warn.accept("'" + field + "' is a string but not valid JSON; kept in metadata");
                return new ToolList(List.of(), false);
            }
        }
        if (list.isObject()) {
            list = Json.MAPPER.createArrayNode().add(list);
            ToolList single = fromArray(list, field, warn);
            return new ToolList(single.tools(), false);
        }
        if (!list.isArray()) {
            warn.accept("'" + field + "' is not a list of tools; kept in metadata");
            return new ToolList(List.of(), false);
        }
        return fromArray(list, field, warn);
    }

    private static ToolList fromArray(JsonNode array, String field, Consumer<String> warn) {
        List<ToolSpec> tools = new ArrayList<>(array.size());
        boolean lossless = true;
        int number = 0;
        for (JsonNode entry : array) {
            number++;
            JsonNode spec = entry;
            if (entry.isObject() && entry.get("function") instanceof JsonNode function && function.isObject()
                    && !entry.has("name")) {
                spec = function;
                for (String key : entry.propertyNames()) {
                    lossless &= key.equals("function") || key.equals("type") && "function".equals(Json.text(entry, "type"));
                }
                lossless &= inOrder(entry, List.of("type", "function"));
            }
            String name = spec.isObject() ? Json.text(spec, "name") : null;
            if (name == null && spec.isObject()) {
                // Qwen-Agent writes name_for_model / description_for_model.
                name = Json.text(spec, "name_for_model");
            }
            if (name == null || name.isBlank()) {
                warn.accept("'" + field + "' entry " + number + " is not a tool with a name; kept in metadata");
                lossless = false;
                continue;
            }
            JsonNode description = spec.has("description") ? spec.get("description") : spec.get("description_for_model");
            JsonNode parameters = spec.get("parameters");
            for (String key : spec.propertyNames()) {
                lossless &= SPEC_FIELDS.contains(key);
            }
            // The canonical tool writes its fields in this order and leaves a null out: a source that did otherwise
            // keeps its own list, so that a template renders the tools exactly as the source gave them.
            lossless &= inOrder(spec, SPEC_ORDER) && (parameters == null || !parameters.isNull());
            lossless &= description == null || description.isString();
            tools.add(new ToolSpec(name, description != null && description.isString() ? description.stringValue() : null,
                    parameters == null || parameters.isNull() ? null : parameters));
        }
        return new ToolList(tools, lossless);
    }

    /** True when the object's known keys come in the given order. */
    private static boolean inOrder(JsonNode object, List<String> order) {
        int last = -1;
        for (String key : object.propertyNames()) {
            int at = order.indexOf(key);
            if (at >= 0) {
                if (at < last) {
                    return false;
                }
                last = at;
            }
        }
        return true;
    }

    /**
     * The tools listed in a prompt's {@code <tools>…</tools>} block (a JSON array, or one JSON object per line), or
     * null when there is no such block or it cannot be read entirely.
     */
    public static List<ToolSpec> fromPrompt(String prompt) {
        if (prompt == null) {
            return null;
        }
        int open = prompt.indexOf(TOOLS);
        int close = open < 0 ? -1 : prompt.indexOf(TOOLS_END, open + TOOLS.length());
        if (close < 0) {
            return null;
        }
        String body = prompt.substring(open + TOOLS.length(), close).strip();
        JsonNode list = Json.tryParse(body);
        if (list == null) {
            var array = Json.MAPPER.createArrayNode();
            for (String line : body.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = Json.tryParse(line);
                if (entry == null || !entry.isObject()) {
                    return null;
                }
                array.add(entry);
            }
            list = array;
        } else if (list.isObject()) {
            list = Json.MAPPER.createArrayNode().add(list);
        }
        if (!list.isArray() || list.isEmpty()) {
            return null;
        }
        List<String> problems = new ArrayList<>(0);
        ToolList tools = fromArray(list, "<tools>", problems::add);
        return problems.isEmpty() ? tools.tools() : null;
    }
}
