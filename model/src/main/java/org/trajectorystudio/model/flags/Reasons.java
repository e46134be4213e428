package org.trajectorystudio.model.flags;

/** Small text helpers for the one-line reasons. */
final class Reasons {
    private Reasons() {}

    /** The text on one line, cut to at most {@code max} characters with an ellipsis. */
    static String clip(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    static String quote(String text, int max) {
        return "\"" + clip(text, max) + "\"";
    }

    static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.2f", fraction);
    }
}
