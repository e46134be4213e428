package org.trajectorystudio.persistence.bench;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree the way Python's {@code json.dumps(value, ensure_ascii=False)} does (", " and ": " separators,
 * keys in their order, only {@code " \ \n \r \t \b \f} and other control characters escaped), so that a file this
 * studio generates is byte for byte the one {@code make_varied.py} writes. Numbers are written as Jackson reads them
 * (the WebDancer records hold none).
 */
final class PythonJson {
    private PythonJson() {}

    static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(field.getKey(), out);
                out.append(": ");
                write(field.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isString()) {
            string(node.asString(), out);
        } else if (node.isNull()) {
            out.append("null");
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else {
            out.append(node.toString());
        }
    }

    /** As {@code json.dumps(..., ensure_ascii=False)} escapes a string: the template's {@code tojson} rule. */
    static void string(String text, StringBuilder out) {
        org.trajectorystudio.model.export.template.PyJson.string(text, out, false);
    }
}
