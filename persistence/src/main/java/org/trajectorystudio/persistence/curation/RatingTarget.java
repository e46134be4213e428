package org.trajectorystudio.persistence.curation;

import java.util.Objects;

/**
 * What a rating is about: a whole sample, one step of it, or one candidate of a HAS step. Steps and candidates are
 * 1-based, as the command line and the window number them.
 *
 * @param step null for a sample rating
 * @param candidate null unless rating a candidate (then step is set too)
 */
public record RatingTarget(String sampleId, Integer step, Integer candidate) {
    public RatingTarget {
        Objects.requireNonNull(sampleId, "sampleId");
        if (candidate != null && step == null) {
            throw new IllegalArgumentException("a candidate rating needs its step");
        }
        if (step != null && step < 1 || candidate != null && candidate < 1) {
            throw new IllegalArgumentException("steps and candidates are numbered from 1");
        }
    }

    public static RatingTarget sample(String sampleId) {
        return new RatingTarget(sampleId, null, null);
    }

    public static RatingTarget step(String sampleId, int step) {
        return new RatingTarget(sampleId, step, null);
    }

    public static RatingTarget candidate(String sampleId, int step, int candidate) {
        return new RatingTarget(sampleId, step, candidate);
    }

    public boolean isSample() {
        return step == null;
    }
}
