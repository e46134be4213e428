package org.trajectorystudio.app.detail;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the styled ranges of a detail text in one linear pass (no regular expressions, so a 500 KB tool response
 * costs milliseconds): the {@code <think>/<tool_call>/<tool_response>/<answer>} tags and their bodies, JSON keys,
 * strings and numbers inside tool calls and JSON texts, and headings and links in search results.
 */
public final class TrajectoryHighlighter {
    private static final String[] TAGS = {"think", "tool_call", "tool_response", "answer", "code", "tools"};

    private TrajectoryHighlighter() {}

    public static List<StyleSpan> spans(String text) {
        List<StyleSpan> spans = new ArrayList<>();
        String mode = looksLikeJson(text) ? "tool_call" : null;
        int bodyStart = 0;
        int i = 0;
        while (i < text.length()) {
            int tagEnd = text.charAt(i) == '<' ? tagEnd(text, i) : -1;
            if (tagEnd < 0) {
                i++;
                continue;
            }
            boolean closing = text.charAt(i + 1) == '/';
            String name = text.substring(i + (closing ? 2 : 1), tagEnd - 1);
            body(text, bodyStart, i, mode, spans);
            spans.add(new StyleSpan(i, tagEnd, "tag"));
            mode = closing ? null : name;
            bodyStart = tagEnd;
            i = tagEnd;
        }
        body(text, bodyStart, text.length(), mode, spans);
        return spans;
    }

    private static boolean looksLikeJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** The index just past a known tag starting at {@code i}, or -1. */
    private static int tagEnd(String text, int i) {
        int nameStart = i + 1 < text.length() && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
        for (String tag : TAGS) {
            int end = nameStart + tag.length();
            if (end < text.length() && text.charAt(end) == '>' && text.startsWith(tag, nameStart)) {
                return end + 1;
            }
        }
        return -1;
    }

    private static void body(String text, int start, int end, String mode, List<StyleSpan> spans) {
        if (start >= end) {
            return;
        }
        switch (mode == null ? "" : mode) {
            case "think" -> spans.add(new StyleSpan(start, end, "thought"));
            case "answer" -> spans.add(new StyleSpan(start, end, "answer"));
            case "tool_call", "tools" -> json(text, start, end, spans);
            case "code" -> spans.add(new StyleSpan(start, end, "code"));
            default -> prose(text, start, end, spans);
        }
    }

    /** JSON tokens: keys, strings, numbers and literals. */
    static void json(String text, int start, int end, List<StyleSpan> spans) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '"') {
                int close = i + 1;
                while (close < end && text.charAt(close) != '"') {
                    close += text.charAt(close) == '\\' ? 2 : 1;
                }
                close = Math.min(close + 1, end);
                int next = close;
                while (next < end && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                spans.add(new StyleSpan(i, close, next < end && text.charAt(next) == ':' ? "json-key" : "json-string"));
                i = close;
            } else if (c == '-' || Character.isDigit(c)) {
                int close = i + 1;
                while (close < end && "0123456789.eE+-".indexOf(text.charAt(close)) >= 0) {
                    close++;
                }
                spans.add(new StyleSpan(i, close, "json-number"));
                i = close;
            } else if (text.startsWith("true", i) || text.startsWith("null", i)) {
                spans.add(new StyleSpan(i, i + 4, "json-literal"));
                i += 4;
            } else if (text.startsWith("false", i)) {
                spans.add(new StyleSpan(i, i + 5, "json-literal"));
                i += 5;
            } else {
                i++;
            }
        }
    }

    /** Search-result prose: markdown headings and {@code [title](url)} links. */
    private static void prose(String text, int start, int end, List<StyleSpan> spans) {
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (text.startsWith("#", lineStart)) {
                spans.add(new StyleSpan(lineStart, lineEnd, "heading"));
            } else {
                links(text, lineStart, lineEnd, spans);
            }
            lineStart = lineEnd + 1;
        }
    }

    private static void links(String text, int start, int end, List<StyleSpan> spans) {
        int i = start;
        while (i < end) {
            int open = text.indexOf('[', i);
            if (open < 0 || open >= end) {
                return;
            }
            int close = text.indexOf("](", open);
            int urlEnd = close < 0 ? -1 : text.indexOf(')', close);
            if (close < 0 || urlEnd < 0 || urlEnd >= end) {
                return;
            }
            spans.add(new StyleSpan(open, close + 1, "link-title"));
            spans.add(new StyleSpan(close + 1, urlEnd + 1, "link-url"));
            i = urlEnd + 1;
        }
    }
}
