package org.trajectorystudio.app.library;

import org.trajectorystudio.app.ui.OneLine;

/** What hovering a question in the table shows. */
final class QuestionTooltip {
    private static final int CHARS = 1_200;
    private static final int LINES = 20;

    private QuestionTooltip() {}

    /** The question as written, blank lines between paragraphs kept single, cut to what fits a tooltip on a laptop. */
    static String text(String question) {
        StringBuilder shown = new StringBuilder();
        int lines = 0;
        boolean blank = false;
        // Only the start is read: a question may be a whole document, and every cell a scroll refills asks.
        String start = question.length() <= 2 * CHARS ? question : question.substring(0, 2 * CHARS);
        for (String line : start.strip().split("\\R")) {
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            int needed = shown.isEmpty() ? 1 : blank ? 2 : 1; // a blank line between paragraphs is a line too
            if (lines + needed > LINES || shown.length() + line.length() > CHARS) {
                return shown.append(shown.isEmpty() ? OneLine.of(line, CHARS) : "\n…").toString();
            }
            if (!shown.isEmpty()) {
                shown.append(blank ? "\n\n" : "\n");
            }
            shown.append(line.stripTrailing());
            blank = false;
            lines += needed;
        }
        return start.length() < question.length() ? shown.append(" …").toString() : shown.toString();
    }
}
