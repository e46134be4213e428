package org.trajectorystudio.app.ui.task;

import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;

/**
 * A model a feature keeps loaded (the preview's completion engine, find similar's embedder): a GGUF takes seconds to
 * load and much memory, so it is loaded once and kept until the curator picks another model or other settings, and
 * closed with the window. Thread-safe; used from background tasks only.
 *
 * @param <C> the choice (an equal choice reuses the loaded model)
 * @param <M> the loaded model
 */
public final class LoadedModel<C extends LoadedModel.Choice<M>, M extends AutoCloseable> implements AutoCloseable {
    /** What to load, and how to say it. */
    public interface Choice<M> {
        M open() throws EngineException;

        String describe();
    }

    private C choice;
    private M model;
    private boolean closed;

    /** The model for {@code wanted}: the loaded one when its settings are the same, else a new one (the old one closed). */
    public synchronized M get(C wanted, ProgressListener progress) throws EngineException {
        if (closed) {
            throw new IllegalStateException("the window is closed");
        }
        if (model != null && wanted.equals(choice)) {
            return model;
        }
        closeModel();
        progress.progress(Progress.working("Loading " + wanted.describe() + "…"));
        model = wanted.open();
        choice = wanted;
        return model;
    }

    /** The choice whose model is loaded now, or null. */
    public synchronized C loaded() {
        return choice;
    }

    private void closeModel() {
        if (model != null) {
            M old = model;
            model = null;
            choice = null;
            try {
                old.close();
            } catch (Exception e) {
                // closing a model that failed: nothing left to free
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeModel();
    }
}
