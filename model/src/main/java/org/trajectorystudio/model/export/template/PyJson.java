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
    /**
     * The arguments of {@code json.dumps} that change its text.
     *
     * @param indent a negative value for none
     * @param itemSeparator null for Python's default ({@code ", "}, or {@code ","} with an indent)
     * @param keySeparator null for {@code ": "}
     */
    public record Style(int indent, boolean ensureAscii, String itemSeparator, String keySeparator, boolean sortKeys) {
        /** HuggingFace's {@code tojson}: {@code json.dumps(x, ensure_ascii=False)}. */
        public static final Style TOJSON = new Style(-1, false, null, null, false);

        String items() {
            return itemSeparator != null ? itemSeparator : indent >= 0 ? "," : ", ";
        }

        String keys() {
            return keySeparator != null ? keySeparator : ": ";
        }
    }

    private PyJson() {}

    public static String write(JsonNode node) {
        return write(node, Style.TOJSON);
    }

    /** Like {@code json.dumps(value, ensure_ascii=False, indent=indent)}; a negative indent means none. */
    public static String write(JsonNode node, int indent) {
        return write(node, new Style(indent, false, null, null, false));
    }

    public static String write(JsonNode node, Style style) {
        StringBuilder out = new StringBuilder();
        append(node, out, style, 0);
        return out.toString();
    }

    private static void append(JsonNode node, StringBuilder out, Style style, int depth) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            Iterable<Map.Entry<String, JsonNode>> entries = node.properties();
            if (style.sortKeys()) {
                java.util.List<Map.Entry<String, JsonNode>> sorted = new java.util.ArrayList<>(node.properties());
                sorted.sort((a, b) -> byCodePoint(a.getKey(), b.getKey()));
                entries = sorted;
            }
            for (Map.Entry<String, JsonNode> entry : entries) {
                separator(out, first, style, depth + 1);
                first = false;
                string(entry.getKey(), out, style.ensureAscii());
                out.append(style.keys());
                append(entry.getValue(), out, style, depth + 1);
            }
            close(out, style.indent(), depth);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                separator(out, i == 0, style, depth + 1);
                append(node.get(i), out, style, depth + 1);
            }
            close(out, style.indent(), depth);
            out.append(']');
        } else if (node.isString()) {
            string(node.stringValue(), out, style.ensureAscii());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isNumber()) {
            number(node, out);
        } else {
            out.append(node.toString());
        }
    }

    /**
     * A number as Python's json module writes what {@code json.loads} made of it: an integer as its digits, any other
     * number (one written with a fraction or an exponent) as {@code repr(float)}.
     */
    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else {
            double value = node.doubleValue();
            if (value == 0 && node.toString().startsWith("-")) {
                value = -0.0; // a decimal zero has no sign; the text it was read from has
            }
            out.append(floatRepr(value));
        }
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that read back as the same double (Java's
     * {@link Double#toString} finds the same ones), in positional notation when the decimal point falls within 16 digits
     * of them ({@code 0.0001}, {@code 1e+16}, {@code 1e-05}, {@code 100.0}), with a signed exponent of at least two
     * digits otherwise.
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        String sign = (Double.doubleToRawLongBits(value) < 0) ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int decimalPoint = digits.length() - exact.scale(); // value = 0.DIGITS x 10^decimalPoint
        if (digits.length() == 2) {
            // Java writes at least two digits (4.9E-324) where one reads back the same (Python: 5e-324).
            java.math.BigDecimal one = exact.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
            if (one.doubleValue() == Math.abs(value)) {
                digits = one.unscaledValue().toString();
                decimalPoint = digits.length() - one.scale();
            }
        }
        StringBuilder text = new StringBuilder(sign);
        if (decimalPoint <= -4 || decimalPoint > 16) {
            text.append(digits.charAt(0));
            if (digits.length() > 1) {
                text.append('.').append(digits, 1, digits.length());
            }
            int exponent = decimalPoint - 1;
            text.append(exponent < 0 ? "e-" : "e+");
            if (Math.abs(exponent) < 10) {
                text.append('0');
            }
            return text.append(Math.abs(exponent)).toString();
        }
        if (decimalPoint <= 0) {
            return text.append("0.").repeat('0', -decimalPoint).append(digits).toString();
        }
        if (decimalPoint >= digits.length()) {
            return text.append(digits).repeat('0', decimalPoint - digits.length()).append(".0").toString();
        }
        return text.append(digits, 0, decimalPoint).append('.').append(digits, decimalPoint, digits.length()).toString();
    }

    /** Python orders str by code point; Java's compareTo by UTF-16 unit differs beyond the BMP. */
    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Python writes the item separator between items, and with an indent a newline plus indentation after it. */
    private static void separator(StringBuilder out, boolean first, Style style, int depth) {
        if (!first) {
            out.append(style.items());
        }
        if (style.indent() >= 0) {
            out.append('\n').repeat(' ', style.indent() * depth);
        }
    }

    private static void close(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').repeat(' ', indent * depth);
        }
    }

    /** A JSON string literal the way Python's json module escapes it with ensure_ascii=False. */
    public static void string(String text, StringBuilder out) {
        string(text, out, false);
    }

    /**
     * A JSON string literal as Python's json module escapes it; with {@code ensureAscii} every character above 0x7e
     * as {@code \\uXXXX} (lower-case hex, UTF-16 surrogate pairs for characters beyond the BMP, as Java holds them).
     */
    public static void string(String text, StringBuilder out, boolean ensureAscii) {
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
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) {
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
