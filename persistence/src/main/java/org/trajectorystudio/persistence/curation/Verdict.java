package org.trajectorystudio.persistence.curation;

import java.util.Locale;

/** A curator's decision on a sample (not the trajectory's own judgment). */
public enum Verdict {
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    NEEDS_EDIT("needs-edit");

    private final String wireName;

    Verdict(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the command line and in the library. */
    public String wireName() {
        return wireName;
    }

    public static Verdict fromWireName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Verdict verdict : values()) {
            if (verdict.wireName.equals(wanted)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + name + "' (expected accepted, rejected or needs-edit)");
    }
}
