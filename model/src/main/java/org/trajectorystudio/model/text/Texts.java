package org.trajectorystudio.model.text;

/** Small text helpers shared by the readers and the text codec. */
public final class Texts {
    /** Joins pieces of one kind (thoughts, observations) read from different places. */
    public static final String SEPARATOR = "\n\n";

    private Texts() {}

    /** {@code a} and {@code b} joined by a blank line; either may be null or blank. Null when both are. */
    public static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a + SEPARATOR + b;
        }
        return hasA ? a : hasB ? b : null;
    }
}
