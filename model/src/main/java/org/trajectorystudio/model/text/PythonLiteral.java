package org.trajectorystudio.model.text;

import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Python literal ({@code repr} of dicts, lists, strings, numbers, {@code True}/{@code False}/{@code None}) as
 * JSON, as ToolBench writes its {@code function_call} strings. Rewrites quoting and keywords, then parses the result
 * as JSON; null when it is not such a literal. Stateless.
 */
final class PythonLiteral {
    private PythonLiteral() {}

    static JsonNode toJson(String text) {
        StringBuilder json = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = string(text, i, json);
                if (i < 0) {
                    return null;
                }
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                switch (word) {
                    case "True" -> json.append("true");
                    case "False" -> json.append("false");
                    case "None" -> json.append("null");
                    default -> {
                        return null;
                    }
                }
                i = end;
            } else {
                json.append(c);
                i++;
            }
        }
        return Json.tryParse(json.toString());
    }

    /** Copies one quoted Python string at {@code start} as a JSON string; returns the index after it, or -1. */
    private static int string(String text, int start, StringBuilder json) {
        char quote = text.charAt(start);
        json.append('"');
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '\'') {
                    json.append('\'');
                } else {
                    json.append(c).append(next);
                }
                i += 2;
            } else if (c == quote) {
                json.append('"');
                return i + 1;
            } else if (c == '"') {
                json.append("\\\"");
                i++;
            } else if (c == '\n') {
                json.append("\\n");
                i++;
            } else {
                json.append(c);
                i++;
            }
        }
        return -1;
    }
}
