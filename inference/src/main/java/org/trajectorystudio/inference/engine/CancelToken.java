package org.trajectorystudio.inference.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Cancels a running completion from any thread; the completion then returns promptly with what it has. */
public final class CancelToken {
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            callbacks.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code callback} on cancel (at once when already cancelled) until the returned registration is closed. */
    Registration onCancel(Runnable callback) {
        callbacks.add(callback);
        if (cancelled) {
            callback.run();
        }
        return () -> callbacks.remove(callback);
    }

    /** Ends an {@link #onCancel} registration. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
