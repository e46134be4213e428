package org.trajectorystudio.persistence.importing;

/** Lets another thread (a window's Cancel button) stop a running import; what was committed stays. */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
