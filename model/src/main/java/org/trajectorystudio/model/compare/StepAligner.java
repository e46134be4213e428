package org.trajectorystudio.model.compare;

import java.util.List;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;

/**
 * Aligns two trajectories step by step, so that an inserted or skipped step does not shift everything after it:
 * {@link StepSimilarity} for every pair of steps, then a global alignment ({@link SequenceAligner}) in which pairs below
 * the match threshold are left unaligned. Fast enough for a few hundred steps a side (O(n·m) time and memory).
 */
public final class StepAligner {
    /**
     * Steps must be at least this alike to be paired. Same-tool calls (≥ 0.6) and same-type text actions always
     * qualify; calls of different tools (≤ 0.25), answer/plan/reason against each other (≤ 0.25) and a tool call
     * against a text action (0) never do.
     */
    public static final double DEFAULT_MATCH_THRESHOLD = 0.5;
    public static final double DEFAULT_GAP_PENALTY = 0.05;

    private final SequenceAligner aligner;

    public StepAligner() {
        this(DEFAULT_MATCH_THRESHOLD, DEFAULT_GAP_PENALTY);
    }

    /**
     * @param matchThreshold in (0, 1]: the least similarity for two steps to be paired
     * @param gapPenalty in [0, 1]: the cost of a step against a gap
     */
    public StepAligner(double matchThreshold, double gapPenalty) {
        this.aligner = new SequenceAligner(matchThreshold, gapPenalty);
    }

    public Alignment align(Sample left, Sample right) {
        return align(left.steps(), right.steps());
    }

    public Alignment align(List<Step> left, List<Step> right) {
        return aligner.align(StepSimilarity.matrix(left, right), left.size(), right.size());
    }
}
