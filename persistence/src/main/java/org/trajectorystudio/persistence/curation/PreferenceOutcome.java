package org.trajectorystudio.persistence.curation;

/** Which side of a pairwise comparison the curator found better. */
public enum PreferenceOutcome {
    LEFT("left"),
    RIGHT("right"),
    TIE("tie");

    private final String wireName;

    PreferenceOutcome(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static PreferenceOutcome fromWireName(String name) {
        for (PreferenceOutcome outcome : values()) {
            if (outcome.wireName.equals(name)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("a preference is left, right or tie, not '" + name + "'");
    }
}
