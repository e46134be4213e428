package org.trajectorystudio.model.judge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a judge model answered, read from its free text. Robust to anything: what cannot be read is {@link Unreadable}. */
public sealed interface JudgeReply {
    /** The answer is correct (or not) given the reference. */
    record Verdict(boolean correct) implements JudgeReply {}

    /** The 1-based option it would choose. */
    record Option(int number) implements JudgeReply {}

    /** Nothing usable: the reason says what was missing. */
    record Unreadable(String reason) implements JudgeReply {}

    Pattern VERDICT = Pattern.compile("verdict\\s*[:=\\-]?\\s*\\**\\s*(correct|incorrect)\\b", Pattern.CASE_INSENSITIVE);
    Pattern BARE_VERDICT = Pattern.compile("\\b(correct|incorrect)\\b", Pattern.CASE_INSENSITIVE);
    Pattern OPTION = Pattern.compile("option\\s*[:=#\\-]?\\s*\\**\\s*(\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Reads a reply: the last {@code VERDICT: …} / {@code OPTION: n} line wins (a model may think aloud first); without
     * one, a reply whose only verdict word is {@code correct} or {@code incorrect} counts. Text inside
     * {@code <think>…</think>} is ignored.
     */
    static JudgeReply parse(Rubric rubric, String text, int optionCount) {
        String answer = text.replaceAll("(?s)<think>.*?(</think>|$)", " ");
        if (rubric.perStep()) {
            Integer last = null;
            Matcher option = OPTION.matcher(answer);
            while (option.find()) {
                last = Integer.parseInt(option.group(1));
            }
            if (last == null) {
                return new Unreadable("no 'OPTION: n' in the reply");
            }
            if (last < 1 || last > optionCount) {
                return new Unreadable("option " + last + " is not one of 1 to " + optionCount);
            }
            return new Option(last);
        }
        String last = null;
        Matcher verdict = VERDICT.matcher(answer);
        while (verdict.find()) {
            last = verdict.group(1);
        }
        if (last == null) {
            var words = BARE_VERDICT.matcher(answer).results().map(m -> m.group(1).toLowerCase(Locale.ROOT)).distinct().toList();
            if (words.size() != 1) {
                return new Unreadable(words.isEmpty() ? "no verdict in the reply" : "the reply says both correct and incorrect");
            }
            last = words.getFirst();
        }
        return new Verdict(last.equalsIgnoreCase("correct"));
    }
}
