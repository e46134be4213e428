package org.trajectorystudio.model.flags;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a tool response that reports a failure instead of a result. Only the response's opening is read, and
 * only wordings tools use to say they failed (an error, exception or traceback up front, an error object, an HTTP
 * error status, "failed to …", a timeout, no results): a page that merely mentions an error further down is a result.
 */
final class ToolResponses {
    private static final int OPENING = 240;
    private static final Pattern FAILURE = Pattern.compile(
            "^(?:\\[\\w+]\\s*)?(?:"
                    + "(?:error|exception|traceback \\(most recent call last\\))\\b"
                    + "|\\{\\s*\"(?:error|exception)\""
                    + "|\\[?error]"
                    + "|(?:http\\s*(?:error\\s*)?)?(?:4\\d\\d|5\\d\\d)\\s+(?:client error|not found|forbidden|unauthorized|bad request|too many requests|internal server error|bad gateway|service unavailable|gateway time-?out)"
                    + "|(?:the\\s+)?(?:request|tool call|call|search|visit|page|tool)\\s+(?:failed|timed out|error)"
                    + "|failed to\\s+\\w+"
                    + "|(?:timeout|timed out)\\b"
                    + "|no results? (?:found|returned)"
                    + "|(?:\\w+\\s+){0,4}(?:could not|cannot|can't|unable to) be (?:accessed|retrieved|fetched|read|loaded)"
                    + ")",
            Pattern.CASE_INSENSITIVE);

    private ToolResponses() {}

    static boolean isEmpty(String observation) {
        return observation == null || observation.isBlank();
    }

    /** The failure's opening words when the response reports one. */
    static Optional<String> failure(String observation) {
        if (isEmpty(observation)) {
            return Optional.empty();
        }
        String opening = observation.strip();
        opening = opening.substring(0, Math.min(OPENING, opening.length()));
        Matcher matcher = FAILURE.matcher(opening);
        return matcher.find() ? Optional.of(Reasons.clip(firstLine(opening), 80)) : Optional.empty();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
