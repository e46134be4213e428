package org.trajectorystudio.model.flags;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Answer comparison as question-answering evaluations do it (SQuAD's normalisation): lower case, accents, punctuation
 * and the articles a/an/the removed, whitespace collapsed; then exact match, cover match (the reference's words in
 * order inside the answer: agents answer in sentences, references are short) or the F1 of the two token multisets.
 */
public final class AnswerMatch {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AnswerMatch() {}

    public static String normalise(String text) {
        String folded = COMBINING.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT);
        String noPunctuation = PUNCTUATION.matcher(lower).replaceAll(" ");
        String noArticles = ARTICLES.matcher(noPunctuation).replaceAll(" ");
        return SPACES.matcher(noArticles).replaceAll(" ").strip();
    }

    public static boolean exactMatch(String answer, String reference) {
        return normalise(answer).equals(normalise(reference));
    }

    /** True when the normalised reference occurs in the normalised answer as a run of whole words. */
    public static boolean covers(String answer, String reference) {
        String expected = normalise(reference);
        return !expected.isEmpty() && (" " + normalise(answer) + " ").contains(" " + expected + " ");
    }

    /** Token F1 of the normalised texts: 1 for equal token multisets, 0 when they share no token. */
    public static double tokenF1(String answer, String reference) {
        List<String> predicted = tokens(answer);
        List<String> expected = tokens(reference);
        if (predicted.isEmpty() || expected.isEmpty()) {
            return predicted.equals(expected) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(token -> counts.merge(token, 1, Integer::sum));
        int common = 0;
        for (String token : predicted) {
            Integer left = counts.get(token);
            if (left != null && left > 0) {
                common++;
                counts.put(token, left - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / predicted.size();
        double recall = (double) common / expected.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> tokens(String text) {
        String normalised = normalise(text);
        return normalised.isEmpty() ? List.of() : new ArrayList<>(List.of(normalised.split(" ")));
    }
}
