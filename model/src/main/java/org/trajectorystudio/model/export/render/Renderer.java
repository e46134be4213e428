package org.trajectorystudio.model.export.render;

import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.sample.Sample;

/** Renders samples in one export format. Implementations are stateless and deterministic. */
public interface Renderer {

    ExportFormat format();

    /** Whether this format can express the sample at all; samples it cannot are skipped and counted. */
    boolean accepts(Sample sample);

    /** Whether a prefix of the steps is still a useful record (false for FAS: a plan without its action is not). */
    boolean truncatable();

    /**
     * Renders system, question and the first {@code steps} steps; fewer steps than the sample has means the record is
     * cut at that step boundary.
     */
    Rendered render(Sample sample, int steps);

    default Rendered render(Sample sample) {
        return render(sample, sample.steps().size());
    }

    /** The record's text as the trainer sees it, trained spans apart from masked ones; text formats train it all. */
    default LossMask lossMask(Sample sample, int steps) {
        return LossMask.whole(render(sample, steps).text());
    }
}
