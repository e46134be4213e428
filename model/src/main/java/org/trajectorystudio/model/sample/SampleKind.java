package org.trajectorystudio.model.sample;

import java.util.Locale;

/** What a sample is: a plain trajectory, one of the two First-order Action Synthesis kinds, or a HAS decision sample. */
public enum SampleKind {
    TRAJECTORY("trajectory"),
    FAS_PLANNING("fas_planning"),
    FAS_REASONING("fas_reasoning"),
    HAS_DECISION("has_decision");

    private final String wireName;

    SampleKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the canonical format and on the command line. */
    public String wireName() {
        return wireName;
    }

    public static SampleKind fromWireName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (SampleKind kind : values()) {
            if (kind.wireName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown sample kind '" + name + "' (expected trajectory, fas_planning, fas_reasoning or has_decision)");
    }
}
