package org.trajectorystudio.app.preview;

import org.trajectorystudio.inference.engine.EngineException;

/** Turns a failed preview into the one line the panel and the status bar show. */
final class PreviewErrors {
    private PreviewErrors() {}

    /**
     * Engine failures and bad settings carry a message meant for the curator; anything else is unexpected and says
     * what it was (its stack trace is for the error window, not the panel).
     */
    static String line(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof EngineException) && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause instanceof EngineException || cause instanceof IllegalArgumentException) {
            return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
        }
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse("").strip());
    }

    /** Whether the failure is one the curator can meet and fix (bad settings, engine errors), not a bug. */
    static boolean expected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EngineException || cause instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }
}
