package org.trajectorystudio.model.format;

/** Thrown by a format when a record cannot be read; the message is the one-line reason the user sees. */
public final class RecordRejectedException extends Exception {
    public RecordRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
