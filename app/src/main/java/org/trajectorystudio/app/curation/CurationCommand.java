package org.trajectorystudio.app.curation;

import java.util.Objects;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;

/**
 * One undoable curation action. Both directions append to the log (the log is never rewritten): reverting a rating
 * rates again with the old score, or clears it when there was none; reverting an edit saves the old content as a new
 * revision. Runs off the FX thread.
 */
public sealed interface CurationCommand {
    String sampleId();

    /** What the command did, for the status line and the Undo/Redo menu items. */
    String description();

    void apply(Curation curation);

    void revert(Curation curation);

    /** True when applying would write a state the sample already has (a second A, the same label): not written. */
    boolean changesNothing();

    /** True when the command changes the sample's content (a revision), not only its curation. */
    default boolean revises() {
        return false;
    }

    /** @param before the score before, null when the target was unrated */
    record Rate(RatingTarget target, Integer before, int after, String where) implements CurationCommand {
        @Override
        public String sampleId() {
            return target.sampleId();
        }

        @Override
        public String description() {
            return "rate " + where + " " + after;
        }

        @Override
        public boolean changesNothing() {
            return Integer.valueOf(after).equals(before);
        }

        @Override
        public void apply(Curation curation) {
            curation.rate(target, after);
        }

        @Override
        public void revert(Curation curation) {
            if (before == null) {
                curation.clearRating(target);
            } else {
                curation.rate(target, before);
            }
        }
    }

    /** @param before null when there was no verdict; after null clears it */
    record SetVerdict(String sampleId, Verdict before, Verdict after) implements CurationCommand {
        @Override
        public String description() {
            return after == null ? "clear verdict" : "verdict " + after.wireName();
        }

        @Override
        public boolean changesNothing() {
            return before == after;
        }

        @Override
        public void apply(Curation curation) {
            set(curation, after);
        }

        @Override
        public void revert(Curation curation) {
            set(curation, before);
        }

        private void set(Curation curation, Verdict verdict) {
            if (verdict == null) {
                curation.clearVerdict(sampleId);
            } else {
                curation.verdict(sampleId, verdict);
            }
        }
    }

    /** @param had whether the sample had the label before */
    record Label(String sampleId, String label, boolean add, boolean had) implements CurationCommand {
        /** A label change whose state before is not known: always written. */
        public Label(String sampleId, String label, boolean add) {
            this(sampleId, label, add, !add);
        }

        @Override
        public String description() {
            return (add ? "label " : "remove label ") + label;
        }

        @Override
        public boolean changesNothing() {
            return add == had;
        }

        @Override
        public void apply(Curation curation) {
            change(curation, add);
        }

        @Override
        public void revert(Curation curation) {
            change(curation, !add);
        }

        private void change(Curation curation, boolean adding) {
            if (adding) {
                curation.addLabel(sampleId, label);
            } else {
                curation.removeLabel(sampleId, label);
            }
        }
    }

    /** An edit or a restore: each direction stores the other content as the next revision. */
    record Revise(String sampleId, Sample before, Sample after, String what) implements CurationCommand {
        public Revise {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String description() {
            return what;
        }

        @Override
        public boolean changesNothing() {
            return before.equals(after);
        }

        @Override
        public boolean revises() {
            return true;
        }

        @Override
        public void apply(Curation curation) {
            curation.revise(sampleId, after);
        }

        @Override
        public void revert(Curation curation) {
            curation.revise(sampleId, before);
        }
    }
}
