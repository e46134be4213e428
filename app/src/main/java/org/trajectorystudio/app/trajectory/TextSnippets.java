package org.trajectorystudio.app.trajectory;

import java.util.Locale;

/** Short one-line renderings of long texts for tree titles. */
final class TextSnippets {
    private TextSnippets() {}

    /** The first non-blank line, cut to {@code max} characters. */
    static String firstLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().filter(candidate -> !candidate.isBlank()).findFirst().orElse("");
        return cut(line.strip(), max);
    }

    /** Collapses whitespace and cuts. */
    static String compact(String text, int max) {
        return org.trajectorystudio.app.ui.OneLine.of(text, max);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** 1.2 KB, 512 B, 3.4 MB. */
    static String size(String text) {
        long bytes = text == null ? 0 : text.length();
        if (bytes < 1024) {
            return bytes + " chars";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1fK chars", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1fM chars", bytes / (1024.0 * 1024));
    }
}
