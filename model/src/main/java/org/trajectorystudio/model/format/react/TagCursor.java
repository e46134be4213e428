package org.trajectorystudio.model.format.react;

/**
 * The next occurrence of one tag in a text, remembered between calls: scanning a turn for several tags then costs
 * one pass per tag instead of one per lookup.
 */
final class TagCursor {
    private static final int UNKNOWN = -2;

    private final String text;
    private final String tag;
    private int found = UNKNOWN;

    TagCursor(String text, String tag) {
        this.text = text;
        this.tag = tag;
    }

    /** Index of the first occurrence at or after {@code from}, or -1. Calls must not move {@code from} backwards. */
    int next(int from) {
        if (found == UNKNOWN || (found >= 0 && found < from)) {
            found = text.indexOf(tag, from);
        }
        return found;
    }
}
