package org.trajectorystudio.inference.template;

/**
 * Source rewrites for the two pieces of Jinja2 syntax in HuggingFace chat templates that Jinjava does not parse:
 * reversed slices ({@code messages[::-1]} becomes {@code messages|reverse}) and keyword arguments with operators in
 * {@code namespace(...)} calls ({@code last_query_index=messages|length - 1} would bind as
 * {@code (last_query_index=messages)|length - 1}, so each value gets parentheses; string literals are skipped when
 * the arguments are split).
 */
final class JinjaCompat {
    private JinjaCompat() {}

    static String prepare(String source) {
        return parenthesizeNamespaceArguments(source.replace("[::-1]", "|reverse"));
    }

    private static String parenthesizeNamespaceArguments(String source) {
        StringBuilder out = new StringBuilder(source.length() + 16);
        int from = 0;
        for (int at; (at = source.indexOf("namespace(", from)) >= 0; ) {
            int open = at + "namespace(".length();
            int close = matchingParenthesis(source, open);
            if (close < 0) {
                break;
            }
            out.append(source, from, open);
            out.append(rewriteArguments(source.substring(open, close)));
            from = close;
        }
        return out.append(source, from, source.length()).toString();
    }

    private static String rewriteArguments(String arguments) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i <= arguments.length(); i++) {
            char c = i < arguments.length() ? arguments.charAt(i) : ',';
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case ',' -> {
                    if (depth == 0) {
                        out.append(start == 0 ? "" : ",").append(keyword(arguments.substring(start, i)));
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        return out.toString();
    }

    /** {@code name = value} → {@code name=(value)}; positional arguments unchanged. */
    private static String keyword(String argument) {
        int equals = argument.indexOf('=');
        if (equals < 0 || argument.startsWith("=", equals + 1) || !argument.substring(0, equals).strip().matches("[A-Za-z_]\\w*")) {
            return argument;
        }
        return argument.substring(0, equals).strip() + "=(" + argument.substring(equals + 1).strip() + ")";
    }

    private static int matchingParenthesis(String source, int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
