package org.trajectorystudio.app.ui.task;

import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * The one way the studio runs background work. Results and failures come back on the FX thread. Cancel asks the work
 * to stop; whatever it then returns (what it did before it stopped) or throws is still delivered, so that the caller
 * can say truthfully what a cancelled task did. Tests use {@link SynchronousTasks}.
 */
public interface Tasks {

    <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed);

    /** Tasks now running that want to be shown (progress bar and cancel button). */
    ObservableList<TaskHandle> running();
}
