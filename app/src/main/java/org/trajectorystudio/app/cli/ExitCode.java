package org.trajectorystudio.app.cli;

/** The command line's exit statuses (DESIGN.md section 5). */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** Done, but some records were rejected (they are listed). */
    public static final int SOME_REJECTED = 1;
    /** Bad arguments or unreadable input. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {}
}
