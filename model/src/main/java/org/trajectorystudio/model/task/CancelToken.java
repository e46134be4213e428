package org.trajectorystudio.model.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one cancel signal of long work (an import, a curation log import, an export, a model's completion or
 * embedding): set from any thread (a window's Cancel button), polled by the work at its own safe points, or heard at
 * once through {@link #onCancel}. What the work did before it stopped is its to report.
 */
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
    public Registration onCancel(Runnable callback) {
        callbacks.add(callback);
        if (cancelled) {
            callback.run();
        }
        return () -> callbacks.remove(callback);
    }

    /** Ends an {@link #onCancel} registration. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
