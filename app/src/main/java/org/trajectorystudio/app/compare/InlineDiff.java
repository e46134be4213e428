package org.trajectorystudio.app.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level inline diff of two texts (java-diff-utils' Myers diff over words): each side as segments that are
 * either shared with the other side or changed. Words are runs of letters and digits; every other character is a token
 * of its own, so a quote or bracket next to a word (JSON arguments) never makes the word itself differ. A shared run
 * of only spaces and punctuation between two changes is marked with them, so "Hilo, Hawaii" against "Washington, D.C."
 * reads as one change, not two.
 * Texts above {@link #MAX_CHARS} are compared on their first {@code MAX_CHARS} characters only, so a 500 KB tool
 * response cannot stall the view; the rest is shown unmarked.
 */
public final class InlineDiff {
    public static final int MAX_CHARS = 30_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|.", Pattern.DOTALL);
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    /** A run of text; {@code changed} when the other side does not have it (deleted on the left, inserted on the right). */
    public record Segment(String text, boolean changed) {}

    /** Both sides of one compared text. */
    public record Sides(List<Segment> left, List<Segment> right) {
        public boolean differs() {
            return left.stream().anyMatch(Segment::changed) || right.stream().anyMatch(Segment::changed);
        }
    }

    private InlineDiff() {}

    public static Sides of(String left, String right) {
        String a = left == null ? "" : left;
        String b = right == null ? "" : right;
        if (a.equals(b)) {
            return new Sides(unchanged(a), unchanged(b));
        }
        List<String> leftWords = words(head(a));
        List<String> rightWords = words(head(b));
        List<AbstractDelta<String>> deltas = DiffUtils.diff(leftWords, rightWords).getDeltas();
        Builder leftOut = new Builder();
        Builder rightOut = new Builder();
        int leftAt = 0;
        int rightAt = 0;
        for (AbstractDelta<String> delta : deltas) {
            int leftStart = delta.getSource().getPosition();
            int rightStart = delta.getTarget().getPosition();
            leftOut.add(leftWords.subList(leftAt, leftStart), false);
            rightOut.add(rightWords.subList(rightAt, rightStart), false);
            leftOut.add(delta.getSource().getLines(), true);
            rightOut.add(delta.getTarget().getLines(), true);
            leftAt = leftStart + delta.getSource().size();
            rightAt = rightStart + delta.getTarget().size();
        }
        leftOut.add(leftWords.subList(leftAt, leftWords.size()), false);
        rightOut.add(rightWords.subList(rightAt, rightWords.size()), false);
        leftOut.tail(a);
        rightOut.tail(b);
        return new Sides(leftOut.joined(), rightOut.joined());
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** One side alone (its step has no counterpart): all of it changed. */
    public static List<Segment> only(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, true));
    }

    private static List<Segment> unchanged(String text) {
        return text.isEmpty() ? List.of() : List.of(new Segment(text, false));
    }

    private static String head(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    /** Joins consecutive words of the same kind into one segment. */
    private static final class Builder {
        final List<Segment> segments = new ArrayList<>();

        void add(List<String> words, boolean changed) {
            if (words.isEmpty()) {
                return;
            }
            String text = String.join("", words);
            // Whitespace alone is not a visible change; keep it with the shared text.
            boolean marked = changed && !text.isBlank();
            if (!segments.isEmpty() && segments.getLast().changed() == marked) {
                segments.set(segments.size() - 1, new Segment(segments.getLast().text() + text, marked));
            } else {
                segments.add(new Segment(text, marked));
            }
        }

        /** The segments, with punctuation-only shared runs between two changes folded into one change. */
        List<Segment> joined() {
            List<Segment> out = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                boolean bridge = !segment.changed() && i > 0 && i + 1 < segments.size()
                        && segments.get(i + 1).changed() && PUNCTUATION_ONLY.matcher(segment.text()).matches();
                if ((segment.changed() || bridge) && !out.isEmpty() && out.getLast().changed()) {
                    out.set(out.size() - 1, new Segment(out.getLast().text() + segment.text(), true));
                } else {
                    out.add(bridge ? new Segment(segment.text(), true) : segment);
                }
            }
            return out;
        }

        void tail(String whole) {
            if (whole.length() > MAX_CHARS) {
                add(List.of(whole.substring(MAX_CHARS)), false);
            }
        }
    }
}
