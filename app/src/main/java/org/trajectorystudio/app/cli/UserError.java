package org.trajectorystudio.app.cli;

/** An expected failure (bad argument, unreadable file): printed as one line, exit status 2, no stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message, null, false, false);
    }
}
