package org.trajectorystudio.model.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The alignment itself, on hand-made similarity matrices. */
class SequenceAlignerTest {
    private final SequenceAligner aligner = new SequenceAligner(0.5, 0.05);

    @Test
    void pairsBelowTheThresholdAreLeftAsTwoGapsLeftFirst() {
        assertThat(aligner.align(new double[][] {{0.49}}, 1, 1).pairs())
                .containsExactly(AlignedPair.leftOnly(0), AlignedPair.rightOnly(0));
        assertThat(aligner.align(new double[][] {{0.5}}, 1, 1).pairs()).containsExactly(AlignedPair.match(0, 0, 0.5));
    }

    @Test
    void aWeakShiftedDiagonalLosesToExactCounterpartsWithGaps() {
        // left a b c, right b c d, where every pair is a weak 0.65 except the two exact counterparts.
        double[][] similarity = {
                {0.65, 0.65, 0.65},
                {1.0, 0.65, 0.65},
                {0.65, 1.0, 0.65}};

        Alignment alignment = aligner.align(similarity, 3, 3);

        assertThat(alignment.pairs()).containsExactly(
                AlignedPair.leftOnly(0), AlignedPair.match(1, 0, 1.0), AlignedPair.match(2, 1, 1.0),
                AlignedPair.rightOnly(2));
    }

    @Test
    void aCrossingBetterPairIsGivenUpForTwoInOrder() {
        // left0 fits right1 best, but pairing them leaves left1 and right0 unpaired; two in-order pairs score more.
        double[][] similarity = {
                {0.8, 1.0},
                {0.0, 0.8}};

        assertThat(aligner.align(similarity, 2, 2).pairs())
                .containsExactly(AlignedPair.match(0, 0, 0.8), AlignedPair.match(1, 1, 0.8));
    }

    @Test
    void aLargerGapPenaltyPairsWeakStepsRatherThanLeavingGaps() {
        double[][] swapped = {
                {0.6, 1.0},
                {1.0, 0.6}};

        assertThat(aligner.align(swapped, 2, 2).matched()).isEqualTo(1);
        assertThat(new SequenceAligner(0.5, 0.5).align(swapped, 2, 2).pairs())
                .containsExactly(AlignedPair.match(0, 0, 0.6), AlignedPair.match(1, 1, 0.6));
    }
}
