package org.trajectorystudio.model.compare;

/**
 * One row of an alignment: a step of each side that correspond, or a step of one side with a gap (null) on the other.
 *
 * @param left 0-based step index on the left, null for a step only the right has
 * @param right 0-based step index on the right, null for a step only the left has
 * @param similarity the steps' {@link StepSimilarity}, 0 for a gap
 */
public record AlignedPair(Integer left, Integer right, double similarity) {

    public AlignedPair {
        if (left == null && right == null) {
            throw new IllegalArgumentException("a pair needs a step on at least one side");
        }
        if ((left != null && left < 0) || (right != null && right < 0)) {
            throw new IllegalArgumentException("step indexes are 0-based, was " + left + ", " + right);
        }
        if (!(similarity >= 0.0 && similarity <= 1.0)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], was " + similarity);
        }
        if ((left == null || right == null) && similarity != 0.0) {
            throw new IllegalArgumentException("a gap has similarity 0, was " + similarity);
        }
    }

    public static AlignedPair match(int left, int right, double similarity) {
        return new AlignedPair(left, right, similarity);
    }

    public static AlignedPair leftOnly(int left) {
        return new AlignedPair(left, null, 0.0);
    }

    public static AlignedPair rightOnly(int right) {
        return new AlignedPair(null, right, 0.0);
    }

    public boolean isMatch() {
        return left != null && right != null;
    }
}
