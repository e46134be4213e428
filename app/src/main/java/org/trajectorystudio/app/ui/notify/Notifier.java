package org.trajectorystudio.app.ui.notify;

/** How errors reach the user: expected failures inline (status line), unexpected ones in one error window. */
public interface Notifier {
    /** A short message for the status line, e.g. "Imported 200 samples". */
    void info(String message);

    /** An expected failure the user can act on: shown inline, no stack trace. */
    void problem(String message);

    /** Something that should not happen: shown in the error window with its details. */
    void unexpected(String context, Throwable failure);
}
