package org.trajectorystudio.persistence.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;

/**
 * What full-text search treats as a word: a lower-cased run of letters and digits of 2 to 40 characters that is not
 * one of a few stop words. Samples and queries are split by the same rule ({@link WordTokenizer} in the index).
 */
public final class Terms {
    static final int MIN = 2;
    static final int MAX = 40;
    static final CharArraySet STOP = CharArraySet.unmodifiableSet(new CharArraySet(Set.of(
            "the", "of", "and", "to", "in", "is", "it", "that", "for", "on", "as", "with", "was", "be", "by", "this",
            "are", "or", "an", "at", "from", "we", "let", "me", "so", "but", "if", "its", "which", "has", "have"), false));

    private Terms() {}

    /** The words of a query, in order, without repeats; stop words and 1-letter words are dropped. */
    public static List<String> ofQuery(String text) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        scan(text, (buffer, length, start, end) -> words.add(new String(buffer, 0, length)));
        return new ArrayList<>(words);
    }

    /**
     * Where the words of a query occur in a text, by the same rule as the search: [start, end) pairs in text order,
     * so that a view can mark what the search matched.
     */
    public static List<int[]> occurrences(CharSequence text, List<String> queryWords) {
        List<int[]> found = new ArrayList<>();
        if (queryWords.isEmpty()) {
            return found;
        }
        CharArraySet wanted = new CharArraySet(queryWords, false);
        scan(text, (buffer, length, start, end) -> {
            if (wanted.contains(buffer, 0, length)) {
                found.add(new int[] {start, end});
            }
        });
        return found;
    }

    /** The text a user searches in a sample: question, answer, thoughts and final answers (not tool responses). */
    static String searchableText(Sample sample) {
        StringBuilder text = new StringBuilder(4096);
        append(text, sample.question());
        append(text, sample.answer());
        for (Step step : sample.steps()) {
            append(text, step.thought());
            if (step.action() instanceof FinalAnswer answer) {
                append(text, answer.text());
            }
            for (Candidate candidate : step.candidates()) {
                append(text, candidate.thought());
                if (candidate.action() instanceof FinalAnswer answer) {
                    append(text, answer.text());
                }
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isEmpty()) {
            text.append(part).append('\n');
        }
    }

    /** Receives each word in a reused buffer. */
    interface WordSink {
        /** @param start where the word begins in the text; @param end just past it */
        void word(char[] buffer, int length, int start, int end);
    }

    /** Splits text into words by the rule above. */
    static void scan(CharSequence text, WordSink sink) {
        if (text == null) {
            return;
        }
        char[] word = new char[MAX + 1];
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            int length = 0;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                if (length <= MAX) {
                    word[length++] = Character.toLowerCase(text.charAt(i));
                }
                i++;
            }
            if (length >= MIN && length <= MAX && !STOP.contains(word, 0, length)) {
                sink.word(word, length, start, i);
            }
        }
    }
}
