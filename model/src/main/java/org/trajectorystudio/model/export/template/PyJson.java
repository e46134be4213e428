package org.trajectorystudio.model.export.template;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON text exactly as Python's {@code json.dumps(value, ensure_ascii=False)} writes it, which is what HuggingFace chat
 * templates produce with {@code | tojson}: {@code ", "} and {@code ": "} separators, non-ASCII kept, control characters
 * escaped with lower-case hex. The built-in template and the Jinja {@code tojson} filter both use it, so the two agree
 * byte for byte.
 */
public final class PyJson {
    private PyJson() {}

    public static String write(JsonNode node) {
        return write(node, -1);
    }

    /** Like {@code json.dumps(value, ensure_ascii=False, indent=indent)}; a negative indent means none. */
    public static String write(JsonNode node, int indent) {
        StringBuilder out = new StringBuilder();
        append(node, out, indent, 0);
        return out.toString();
    }

    private static void append(JsonNode node, StringBuilder out, int indent, int depth) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                separator(out, first, indent, depth + 1);
                first = false;
                string(entry.getKey(), out);
                out.append(": ");
                append(entry.getValue(), out, indent, depth + 1);
            }
            close(out, indent, depth);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                separator(out, i == 0, indent, depth + 1);
                append(node.get(i), out, indent, depth + 1);
            }
            close(out, indent, depth);
            out.append(']');
        } else if (node.isString()) {
            string(node.stringValue(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else {
            out.append(node.toString()); // numbers: integers are identical; Python writes floats like Java in common cases
        }
    }

    /** Python writes ", " between items without indent, and ",\n" plus indentation with it. */
    private static void separator(StringBuilder out, boolean first, int indent, int depth) {
        if (indent < 0) {
            out.append(first ? "" : ", ");
        } else {
            out.append(first ? "\n" : ",\n").repeat(' ', indent * depth);
        }
    }

    private static void close(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').repeat(' ', indent * depth);
        }
    }

    /** A JSON string literal the way Python's json module escapes it with ensure_ascii=False. */
    public static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
