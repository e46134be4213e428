package org.trajectorystudio.persistence.query;

import java.util.List;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.curation.Verdict;

/**
 * One row of the sample list. Counts and tokens describe the latest revision.
 *
 * @param tokens approximate token count ({@code SampleTokens.approximateTotal}), the figure the budget bar shows
 * @param rating the sample-level rating 1–5, or null when unrated
 * @param verdict null when no verdict was given
 * @param revision 0 = the imported original
 */
public record SampleSummary(
        String id,
        SampleKind kind,
        String question,
        int steps,
        int toolCalls,
        int candidates,
        int tokens,
        Judgment judgment,
        Integer rating,
        Verdict verdict,
        List<String> labels,
        List<String> toolsUsed,
        long datasetId,
        int revision,
        List<org.trajectorystudio.model.flags.QualityFlag> flags) {

    public SampleSummary {
        labels = List.copyOf(labels);
        toolsUsed = List.copyOf(toolsUsed);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A row whose stored flags (every kind; settings pick the shown ones) are these. */
    public SampleSummary withFlags(List<org.trajectorystudio.model.flags.QualityFlag> stored) {
        return new SampleSummary(id, kind, question, steps, toolCalls, candidates, tokens, judgment, rating, verdict,
                labels, toolsUsed, datasetId, revision, stored);
    }
}
