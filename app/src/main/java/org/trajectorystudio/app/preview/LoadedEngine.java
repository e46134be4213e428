package org.trajectorystudio.app.preview;

import org.trajectorystudio.app.ui.task.Progress;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.EngineException;

/**
 * The engine the preview keeps loaded: a GGUF model takes seconds to load and much memory, so it is loaded once and
 * kept until the curator picks another engine or other settings, and closed with the window. Thread-safe; used from
 * background tasks only.
 */
final class LoadedEngine implements AutoCloseable {
    private EngineChoice choice;
    private CompletionEngine engine;
    private boolean closed;

    /** The engine for {@code wanted}: the loaded one when its settings are the same, else a new one (the old one closed). */
    synchronized CompletionEngine get(EngineChoice wanted, Progress progress) throws EngineException {
        if (closed) {
            throw new IllegalStateException("the window is closed");
        }
        if (engine != null && wanted.equals(choice)) {
            return engine;
        }
        closeEngine();
        progress.update(-1, "Loading " + wanted.describe() + "…");
        engine = wanted.open();
        choice = wanted;
        return engine;
    }

    /** The choice whose engine is loaded now, or null. */
    synchronized EngineChoice loaded() {
        return choice;
    }

    private void closeEngine() {
        if (engine != null) {
            CompletionEngine old = engine;
            engine = null;
            choice = null;
            old.close();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeEngine();
    }
}
