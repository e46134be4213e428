package org.trajectorystudio.model.export;

import java.util.Objects;
import org.trajectorystudio.model.sample.Sample;

/**
 * One sample offered to an export: the library hands over the latest revision of each selected sample.
 *
 * @param revision the sample's revision number as the library, the window and the curation log count it: 0 for the
 *     imported original, 1 for the first edit
 * @param datasetHash identifies the source file the sample was imported from
 */
public record ExportInput(Sample sample, int revision, String datasetHash, boolean cutBeforeNotExecuted) {
    /** A sample offered whole. */
    public ExportInput(Sample sample, int revision, String datasetHash) {
        this(sample, revision, datasetHash, false);
    }

    public ExportInput {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(datasetHash, "datasetHash");
        if (revision < 0) {
            throw new IllegalArgumentException("revisions start at 0 (the imported original), was " + revision);
        }
    }
}
