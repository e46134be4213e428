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
        int revision) {

    public SampleSummary {
        labels = List.copyOf(labels);
        toolsUsed = List.copyOf(toolsUsed);
    }
}
