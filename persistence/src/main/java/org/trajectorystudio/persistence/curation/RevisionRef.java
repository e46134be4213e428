package org.trajectorystudio.persistence.curation;

import java.util.Objects;

/**
 * One revision of one sample: what a side of a comparison showed. Revision 0 is the imported original.
 *
 * @param revision null for "the latest revision", resolved when the preference is stored
 */
public record RevisionRef(String sampleId, Integer revision) {
    public RevisionRef {
        Objects.requireNonNull(sampleId, "sampleId");
        if (revision != null && revision < 0) {
            throw new IllegalArgumentException("a revision is 0 or more, not " + revision);
        }
    }

    public static RevisionRef latest(String sampleId) {
        return new RevisionRef(sampleId, null);
    }

    /** "has-001@2" */
    @Override
    public String toString() {
        return sampleId + "@" + (revision == null ? "latest" : revision);
    }
}
