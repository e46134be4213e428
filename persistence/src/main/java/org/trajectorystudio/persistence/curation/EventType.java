package org.trajectorystudio.persistence.curation;

/** The kinds of entries in the curation log. */
public enum EventType {
    RATING("rating"),
    VERDICT("verdict"),
    LABEL_ADD("label_add"),
    LABEL_REMOVE("label_remove"),
    NOTE("note"),
    REVISION("revision"),
    /** Back to "unrated" for one target (undo of a first rating). */
    RATING_CLEAR("rating_clear"),
    /** Back to "no verdict" (undo of a first verdict). */
    VERDICT_CLEAR("verdict_clear"),
    /** A pairwise judgment between two trajectories (or two revisions), logged on the left sample. */
    PREFERENCE("preference"),
    /** One HAS option preferred over another at one step, without changing the trajectory (a DPO pair). */
    STEP_PREFERENCE("step_preference"),
    /**
     * A machine judge's suggestion (annotator {@code judge:<model>}): a verdict or a HAS option with the rubric and the
     * reply. Changes no curation state; a curator takes it by giving the verdict themselves.
     */
    SUGGESTION("suggestion");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static EventType fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown curation event type '" + name + "'");
    }
}
