package org.trajectorystudio.persistence.curation;

import java.time.Instant;

/**
 * One stored version of a sample.
 *
 * @param revision 0 for the imported original
 * @param author who saved it; null for the original
 * @param at when it was saved; null for the original
 */
public record RevisionInfo(int revision, String author, Instant at) {
    public static RevisionInfo original() {
        return new RevisionInfo(0, null, null);
    }

    public boolean isOriginal() {
        return revision == 0;
    }
}
