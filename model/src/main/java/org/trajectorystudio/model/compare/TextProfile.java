package org.trajectorystudio.model.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A text prepared once for many comparisons: its normalized form, its distinct tokens and its distinct character
 * trigrams, both sorted so that two profiles intersect by a linear merge (a 200×200 step matrix compares each thought
 * 200 times). Tokens are ordered by hash first, so the merge mostly compares ints; it stays exact.
 */
final class TextProfile {
    /** Token overlap catches reordered words, trigrams catch inflections and typos; neither alone is enough. */
    static final double TOKEN_WEIGHT = 0.5;
    static final double TRIGRAM_WEIGHT = 0.5;

    private static final Comparator<String> HASH_ORDER =
            Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder());

    private final String normalized;
    private final String[] tokens;
    private final int[] tokenHashes;
    private final long[] trigrams;

    private TextProfile(String normalized, String[] tokens, long[] trigrams) {
        this.normalized = normalized;
        this.tokens = tokens;
        this.tokenHashes = Arrays.stream(tokens).mapToInt(String::hashCode).toArray();
        this.trigrams = trigrams;
    }

    static TextProfile of(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<String> tokenList = TextNormalizer.tokens(normalized);
        String[] tokens = tokenList.stream().distinct().sorted(HASH_ORDER).toArray(String[]::new);
        return new TextProfile(normalized, tokens, trigrams(normalized));
    }

    String normalized() {
        return normalized;
    }

    /** 1.0 for equal normalized texts; otherwise the mean of token-set Jaccard and trigram-set Dice. */
    double similarity(TextProfile other) {
        if (normalized.equals(other.normalized)) {
            return 1.0;
        }
        return TOKEN_WEIGHT * tokenJaccard(other) + TRIGRAM_WEIGHT * trigramDice(other);
    }

    /** |A ∩ B| / |A ∪ B| over distinct tokens; 1.0 when both have none. */
    double tokenJaccard(TextProfile other) {
        if (tokens.length == 0 && other.tokens.length == 0) {
            return 1.0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < tokens.length && j < other.tokens.length; ) {
            int order = Integer.compare(tokenHashes[i], other.tokenHashes[j]);
            if (order == 0 && !tokens[i].equals(other.tokens[j])) {
                order = tokens[i].compareTo(other.tokens[j]);
            }
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (tokens.length + other.tokens.length - common);
    }

    /** 2|A ∩ B| / (|A| + |B|) over distinct trigrams; 1.0 when both have none. */
    double trigramDice(TextProfile other) {
        if (trigrams.length == 0 && other.trigrams.length == 0) {
            return 1.0;
        }
        long[] mine = trigrams;
        long[] theirs = other.trigrams;
        int common = 0;
        int i = 0;
        int j = 0;
        // Branch-free steps: the order of two texts' trigrams is unpredictable, so branches would mostly mispredict.
        while (i < mine.length && j < theirs.length) {
            long a = mine[i];
            long b = theirs[j];
            common += a == b ? 1 : 0;
            i += a <= b ? 1 : 0;
            j += a >= b ? 1 : 0;
        }
        return 2.0 * common / (mine.length + theirs.length);
    }

    /** Trigrams of the text padded with a space at each end, so that word starts and ends count; three chars per long. */
    private static long[] trigrams(String normalized) {
        if (normalized.isEmpty()) {
            return new long[0];
        }
        String padded = " " + normalized + " ";
        long[] grams = new long[padded.length() - 2];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2);
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[distinct++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, distinct);
    }
}
