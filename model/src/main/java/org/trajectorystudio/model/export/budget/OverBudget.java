package org.trajectorystudio.model.export.budget;

import java.util.Locale;

/** What happens to a sample whose rendered text exceeds the token budget. */
public enum OverBudget {
    DROP("drop"),
    /** Cut at a step boundary: system, question and whole steps while they fit; never mid-step. */
    TRUNCATE("truncate");

    private final String wireName;

    OverBudget(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static OverBudget fromWireName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (OverBudget policy : values()) {
            if (policy.wireName.equals(wanted)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown over-budget policy '" + name + "' (expected drop or truncate)");
    }
}
