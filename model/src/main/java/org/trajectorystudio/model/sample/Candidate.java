package org.trajectorystudio.model.sample;

import java.util.Objects;

/** One candidate action of a HAS step. Candidates are never executed, so they have no observation. */
public record Candidate(String thought, Action action) {
    public Candidate {
        Objects.requireNonNull(action, "action");
    }
}
