package org.trajectorystudio.model.format.react;

import static org.trajectorystudio.model.text.Tags.TOOLS;

/**
 * The question inside a first user turn. WebDancer-style prompts embed the tool list and a format example before
 * {@code User: <question>}; Tongyi inference prompts hold the bare question.
 */
final class QuestionExtractor {
    static final String MARKER = "User:";

    private QuestionExtractor() {}

    /**
     * The text after the last {@code User:} (preferring one that starts a line, so a question quoting "User:" mid-line
     * is not cut), else the whole turn when it is not a tool prompt; null when no question can be told.
     */
    static String question(String firstUserTurn) {
        int marker = lastMarker(firstUserTurn);
        String question;
        if (marker >= 0) {
            question = firstUserTurn.substring(marker + MARKER.length()).strip();
        } else if (firstUserTurn.contains(TOOLS)) {
            // A tool prompt without a "User:" line: we cannot tell the question from the instructions.
            return null;
        } else {
            question = firstUserTurn.strip();
        }
        return question.isEmpty() ? null : question;
    }

    private static int lastMarker(String text) {
        int last = text.lastIndexOf(MARKER);
        for (int at = last; at >= 0; at = at == 0 ? -1 : text.lastIndexOf(MARKER, at - 1)) {
            if (at == 0 || text.charAt(at - 1) == '\n') {
                return at;
            }
        }
        return last;
    }
}
