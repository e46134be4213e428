package org.trajectorystudio.app.ui.task;

import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;

/**
 * What running work is handed: the listener its {@link Progress} goes to (the status bar's task line, a dialog's bar)
 * and the token the task's Cancel sets. Both are the model's own types, so work hands them as they are to an import,
 * an export, a curation log import, the judge, an embedder or a completion engine.
 */
public record TaskScope(ProgressListener progress, CancelToken cancel) {

    /** Nobody listens and nobody cancels: work run at once ({@link SynchronousTasks}, tests). */
    public static TaskScope none() {
        return new TaskScope(ProgressListener.NONE, new CancelToken());
    }

    public void report(Progress now) {
        progress.progress(now);
    }

    /** A step that cannot say how far it is. */
    public void report(String message) {
        report(Progress.working(message));
    }

    public boolean isCancelled() {
        return cancel.isCancelled();
    }
}
