package org.trajectorystudio.model.export.dedup;

import org.trajectorystudio.model.compare.QuestionKey;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.trajectorystudio.model.export.StableHash;

/**
 * MinHash signatures of character shingles, with a seeded hash family (the same seed gives the same signatures on
 * every run). The share of equal positions in two signatures estimates the Jaccard similarity of their shingle sets.
 */
public final class MinHash {
    private final long[] salts;
    private final int shingle;

    /**
     * @param hashes signature length
     * @param shingle characters per shingle
     */
    public MinHash(long seed, int hashes, int shingle) {
        if (hashes < 1 || shingle < 1) {
            throw new IllegalArgumentException("MinHash needs at least one hash and one character per shingle");
        }
        SplittableRandom random = new SplittableRandom(seed);
        this.salts = new long[hashes];
        Arrays.setAll(salts, i -> random.nextLong());
        this.shingle = shingle;
    }

    public int length() {
        return salts.length;
    }

    /** Signature of a question (normalized with {@link QuestionKey} first). */
    public long[] signature(String question) {
        String text = QuestionKey.of(question).value();
        long[] signature = new long[salts.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        int[] codePoints = text.codePoints().toArray();
        int last = Math.max(0, codePoints.length - shingle);
        for (int start = 0; start <= last; start++) {
            String piece = new String(codePoints, start, Math.min(shingle, codePoints.length - start));
            long base = StableHash.of(piece);
            for (int i = 0; i < salts.length; i++) {
                long value = StableHash.mix(base ^ salts[i]);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
    public static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }
}
