package org.trajectorystudio.persistence.curation;

import java.time.Instant;

/**
 * A stored step-level preference between two HAS options of one step, as read back from the curation log: at
 * {@code step} of that revision, option {@code chosen} is better than option {@code rejected}. It changes nothing in
 * the trajectory (the action taken and its real response stay as they are).
 *
 * @param eventId the log entry; a later entry for the same step and pair of options supersedes it
 * @param sample the sample and the revision the curator compared (always resolved)
 * @param step 1-based, as ratings count steps
 * @param chosen 1-based option number
 * @param rejected 1-based option number
 * @param reason what the curator wrote, empty when nothing
 */
public record StepPreference(long eventId, String annotator, Instant at, RevisionRef sample, int step, int chosen,
        int rejected, String reason) {}
