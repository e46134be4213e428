package org.trajectorystudio.model.sample;

import java.util.Locale;

/** The trajectory's own judgment ("My decision is Correct/Incorrect"), not the curator's verdict. */
public enum Judgment {
    CORRECT("correct"),
    INCORRECT("incorrect"),
    UNKNOWN("unknown");

    private final String wireName;

    Judgment(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Judgment fromWireName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Judgment judgment : values()) {
            if (judgment.wireName.equals(wanted)) {
                return judgment;
            }
        }
        throw new IllegalArgumentException("unknown judgment '" + name + "' (expected correct, incorrect or unknown)");
    }
}
