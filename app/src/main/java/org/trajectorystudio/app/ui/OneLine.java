package org.trajectorystudio.app.ui;

/**
 * A text as one line of a table cell or a title: each run of whitespace, line breaks included, one space, the ends
 * stripped, cut to a length with "…". A question of a SWE-bench issue is dozens of lines; as a raw cell it made its
 * row as tall as the table.
 */
public final class OneLine {
    private OneLine() {}

    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(Math.min(text.length(), max) + 1);
        boolean space = false;
        for (int i = 0; i < text.length() && line.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !line.isEmpty();
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        if (line.length() > max) {
            line.setLength(Math.max(0, max - 1));
            line.append('…');
        }
        return line.toString();
    }
}
