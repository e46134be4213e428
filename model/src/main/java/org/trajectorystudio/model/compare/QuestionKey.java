package org.trajectorystudio.model.compare;

import java.util.Objects;

/**
 * A question reduced to what identifies it, to find other trajectories for the same question: two questions with
 * equal keys are the same question. The key is the normalized text: NFKC, lower case, and every run of whitespace and
 * punctuation collapsed to one space ("What is the capital of France?" and "what is the capital of  france" share
 * the key "what is the capital of france").
 *
 * @param value the normalized question; empty for a question without letters or digits
 */
public record QuestionKey(String value) {
    /** Keys this alike (token Jaccard) read as the same question reworded slightly: 4 of 5 words shared, say. */
    public static final double NEAR_IDENTICAL = 0.8;

    public QuestionKey {
        Objects.requireNonNull(value, "value");
    }

    public static QuestionKey of(String question) {
        return new QuestionKey(TextNormalizer.normalize(question));
    }

    /**
     * Token-set Jaccard of the two keys, in [0, 1]: shared words over all words. Han, Hiragana and Katakana characters
     * count as one word each. Equal keys give 1.0.
     */
    public double similarity(QuestionKey other) {
        if (value.equals(other.value)) {
            return 1.0;
        }
        return TextProfile.of(value).tokenJaccard(TextProfile.of(other.value));
    }

    public boolean isNearIdentical(QuestionKey other) {
        return similarity(other) >= NEAR_IDENTICAL;
    }
}
