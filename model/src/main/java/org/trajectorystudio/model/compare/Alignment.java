package org.trajectorystudio.model.compare;

import java.util.List;

/**
 * Two step sequences side by side: every step of each side appears exactly once, in order, either paired with a step
 * of the other side or against a gap.
 */
public record Alignment(List<AlignedPair> pairs) {

    public Alignment {
        pairs = List.copyOf(pairs);
        int nextLeft = 0;
        int nextRight = 0;
        for (AlignedPair pair : pairs) {
            if (pair.left() != null && pair.left() != nextLeft++) {
                throw new IllegalArgumentException("left steps out of order at " + pair + ", expected " + (nextLeft - 1));
            }
            if (pair.right() != null && pair.right() != nextRight++) {
                throw new IllegalArgumentException("right steps out of order at " + pair + ", expected " + (nextRight - 1));
            }
        }
    }

    /** Pairs with a step on both sides. */
    public int matched() {
        return (int) pairs.stream().filter(AlignedPair::isMatch).count();
    }

    /** Steps only the left has (deleted on the right). */
    public int leftOnly() {
        return (int) pairs.stream().filter(pair -> pair.right() == null).count();
    }

    /** Steps only the right has (inserted on the right). */
    public int rightOnly() {
        return (int) pairs.stream().filter(pair -> pair.left() == null).count();
    }

    /** The mean similarity of the matched pairs; 0 when nothing matched. */
    public double meanSimilarity() {
        return pairs.stream().filter(AlignedPair::isMatch).mapToDouble(AlignedPair::similarity).average().orElse(0.0);
    }
}
