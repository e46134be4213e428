package org.trajectorystudio.persistence.curation;

import java.util.List;

/**
 * A sample's current curation, derived from its log: the latest rating per target, the latest verdict, the label
 * set, the notes and the latest revision number (0 = the imported original).
 *
 * @param rating the sample-level rating 1–5, or null when unrated
 * @param verdict null when no verdict was given
 */
public record CurationState(
        String sampleId,
        Integer rating,
        List<StepRating> stepRatings,
        Verdict verdict,
        List<String> labels,
        List<String> notes,
        int revision) {

    public CurationState {
        stepRatings = List.copyOf(stepRatings);
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }
}
