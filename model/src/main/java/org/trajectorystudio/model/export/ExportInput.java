package org.trajectorystudio.model.export;

import java.util.Objects;
import org.trajectorystudio.model.sample.Sample;

/**
 * One sample offered to an export: the library hands over the latest revision of each selected sample.
 *
 * @param revision the sample's revision number in the library (1 for an unedited import)
 * @param datasetHash identifies the source file the sample was imported from
 */
public record ExportInput(Sample sample, int revision, String datasetHash) {
    public ExportInput {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(datasetHash, "datasetHash");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1, was " + revision);
        }
    }
}
