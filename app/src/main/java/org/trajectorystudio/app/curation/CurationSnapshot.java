package org.trajectorystudio.app.curation;

import java.util.List;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.persistence.curation.CurationEvent;
import org.trajectorystudio.persistence.curation.CurationState;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.RevisionInfo;
import org.trajectorystudio.persistence.curation.StepRating;

/** Everything the Curate tab shows of one sample, read in one background task. */
public record CurationSnapshot(CurationState state, List<CurationEvent> history, List<RevisionInfo> revisions, List<String> labelsInUse) {

    /** What a tree node rates: the whole sample, the step it is in, or a HAS candidate (1-based in the library). */
    public static RatingTarget target(String sampleId, NodeRef ref) {
        if (ref.step() < 0) {
            return RatingTarget.sample(sampleId);
        }
        return ref.isCandidate()
                ? RatingTarget.candidate(sampleId, ref.step() + 1, ref.candidate() + 1)
                : RatingTarget.step(sampleId, ref.step() + 1);
    }

    public static String describe(RatingTarget target) {
        if (target.isSample()) {
            return "whole sample";
        }
        return "step " + target.step() + (target.candidate() == null ? "" : " · option " + target.candidate());
    }

    /** The current score of a target in a state, null when unrated. */
    public static Integer score(CurationState state, RatingTarget target) {
        if (target.isSample()) {
            return state.rating();
        }
        for (StepRating rating : state.stepRatings()) {
            if (rating.step() == target.step() && java.util.Objects.equals(rating.candidate(), target.candidate())) {
                return rating.score();
            }
        }
        return null;
    }
}
