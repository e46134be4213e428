package org.trajectorystudio.model.format.react;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level {@code {…}} objects in free text, whatever separates them (commas, newlines, an enclosing
 * array): prompts list tools as one object per line, as a comma-separated run, or as an array. Braces inside JSON
 * strings are skipped.
 */
final class JsonObjectScanner {
    private JsonObjectScanner() {}

    /** {@code [from, to)} ranges of balanced objects in {@code text[start, end)}; an unbalanced tail is returned too. */
    static List<int[]> objects(String text, int start, int end) {
        List<int[]> ranges = new ArrayList<>();
        int i = start;
        while (i < end) {
            int open = text.indexOf('{', i);
            if (open < 0 || open >= end) {
                break;
            }
            int close = matchingBrace(text, open, end);
            if (close < 0) {
                ranges.add(new int[] {open, end});
                break;
            }
            ranges.add(new int[] {open, close + 1});
            i = close + 1;
        }
        return ranges;
    }

    /** Index of the brace closing the one at {@code open}, or -1. */
    private static int matchingBrace(String text, int open, int end) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < end; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
