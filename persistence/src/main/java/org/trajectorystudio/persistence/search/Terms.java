package org.trajectorystudio.persistence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;

/**
 * Full-text terms: lower-cased runs of letters and digits (2 to 40 characters) minus a few stop words, each as a
 * 64-bit hash (collisions are negligible at library scale, and fixed-width keys keep the postings index compact).
 */
public final class Terms {
    private static final int MIN = 2;
    private static final int MAX = 40;
    private static final Set<String> STOP = Set.of(
            "the", "of", "and", "to", "in", "is", "it", "that", "for", "on", "as", "with", "was", "be", "by", "this",
            "are", "or", "an", "at", "from", "we", "let", "me", "so", "but", "if", "its", "which", "has", "have");

    private Terms() {}

    /** The distinct term hashes of the text a user searches: question, thoughts and answers. */
    public static long[] ofSample(Sample sample) {
        java.util.HashSet<Long> terms = new java.util.HashSet<>();
        add(sample.question(), terms);
        add(sample.answer(), terms);
        for (Step step : sample.steps()) {
            add(step.thought(), terms);
            if (step.action() instanceof FinalAnswer answer) {
                add(answer.text(), terms);
            }
            for (Candidate candidate : step.candidates()) {
                add(candidate.thought(), terms);
                if (candidate.action() instanceof FinalAnswer answer) {
                    add(answer.text(), terms);
                }
            }
        }
        return terms.stream().mapToLong(Long::longValue).toArray();
    }

    /** The term hashes of a query, in order, without repeats; stop words and 1-letter words are dropped. */
    public static List<Long> ofQuery(String text) {
        java.util.LinkedHashSet<Long> terms = new java.util.LinkedHashSet<>();
        add(text, terms);
        return new ArrayList<>(terms);
    }

    private static void add(String text, java.util.Collection<Long> out) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder(MAX);
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            word.setLength(0);
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                if (word.length() <= MAX) {
                    word.append(Character.toLowerCase(text.charAt(i)));
                }
                i++;
            }
            if (word.length() >= MIN && word.length() <= MAX && !STOP.contains(word.toString())) {
                out.add(hash(word));
            }
        }
    }

    /** FNV-1a, 64 bits. */
    static long hash(CharSequence word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
