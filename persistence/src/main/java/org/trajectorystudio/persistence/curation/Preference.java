package org.trajectorystudio.persistence.curation;

import java.time.Instant;

/**
 * A stored pairwise preference, as read back from the curation log.
 *
 * @param eventId the log entry; a later entry for the same pair supersedes it
 * @param left the revision shown on the left (its revision always resolved)
 * @param right the revision shown on the right (its revision always resolved)
 * @param reason what the curator wrote, empty when nothing
 */
public record Preference(long eventId, String annotator, Instant at, RevisionRef left, RevisionRef right,
        PreferenceOutcome outcome, String reason) {}
