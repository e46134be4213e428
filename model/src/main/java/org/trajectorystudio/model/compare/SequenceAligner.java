package org.trajectorystudio.model.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Global alignment (Needleman–Wunsch) of two sequences, given their pairwise similarities.
 *
 * <p>A pair scores {@code similarity − matchThreshold} and may only be formed at or above the threshold; a gap scores
 * {@code −gapPenalty}. Subtracting the threshold is what keeps an inserted step from shifting everything after it:
 * a weak pair (the same tool with other arguments) earns little, so the alignment prefers to leave the inserted step
 * against a gap and keep the exact counterparts together. The small gap penalty makes a pair at the threshold still
 * better than two gaps, and keeps swapped neighbours as one pair and two gaps rather than two weak pairs.
 *
 * <p>Ties go to a pair first, then to a left-only step, so identical repeated steps pair up from the start and a
 * replaced step reads as "left's, then right's". O(n·m) time and memory.
 */
record SequenceAligner(double matchThreshold, double gapPenalty) {
    /** Scores within this of each other are a tie, so rounding noise does not decide between equal alignments. */
    private static final double TIE = 1e-9;

    SequenceAligner {
        if (!(matchThreshold > 0.0 && matchThreshold <= 1.0)) {
            throw new IllegalArgumentException("match threshold must be in (0, 1], was " + matchThreshold);
        }
        if (!(gapPenalty >= 0.0 && gapPenalty <= 1.0)) {
            throw new IllegalArgumentException("gap penalty must be in [0, 1], was " + gapPenalty);
        }
    }

    /** @param similarity {@code [i][j]} in [0, 1] for {@code i < leftSize}, {@code j < rightSize} */
    Alignment align(double[][] similarity, int leftSize, int rightSize) {
        // best[i][j]: the best score of aligning the suffixes left[i..] and right[j..]; filled from the end so the
        // traceback can run forwards and emit the pairs in order.
        int columns = rightSize + 1;
        double[] best = new double[(leftSize + 1) * columns];
        for (int i = leftSize; i >= 0; i--) {
            for (int j = rightSize; j >= 0; j--) {
                if (i == leftSize && j == rightSize) {
                    continue;
                }
                double score = Double.NEGATIVE_INFINITY;
                if (i < leftSize && j < rightSize && canPair(similarity[i][j])) {
                    score = best[(i + 1) * columns + j + 1] + similarity[i][j] - matchThreshold;
                }
                if (i < leftSize) {
                    score = Math.max(score, best[(i + 1) * columns + j] - gapPenalty);
                }
                if (j < rightSize) {
                    score = Math.max(score, best[i * columns + j + 1] - gapPenalty);
                }
                best[i * columns + j] = score;
            }
        }
        List<AlignedPair> pairs = new ArrayList<>(leftSize + rightSize);
        int i = 0;
        int j = 0;
        while (i < leftSize || j < rightSize) {
            double here = best[i * columns + j] - TIE;
            if (i < leftSize && j < rightSize && canPair(similarity[i][j])
                    && best[(i + 1) * columns + j + 1] + similarity[i][j] - matchThreshold >= here) {
                pairs.add(AlignedPair.match(i++, j++, similarity[i - 1][j - 1]));
            } else if (i < leftSize && best[(i + 1) * columns + j] - gapPenalty >= here) {
                pairs.add(AlignedPair.leftOnly(i++));
            } else {
                pairs.add(AlignedPair.rightOnly(j++));
            }
        }
        return new Alignment(pairs);
    }

    private boolean canPair(double similarity) {
        return similarity >= matchThreshold;
    }
}
