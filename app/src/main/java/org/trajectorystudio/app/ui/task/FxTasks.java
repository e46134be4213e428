package org.trajectorystudio.app.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;

/** Runs work on daemon threads and hands results back through {@link Platform#runLater}. */
public final class FxTasks implements Tasks, AutoCloseable {
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("studio-task-", 0).factory());
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed) {
        Handle handle = new Handle(title);
        onFx(() -> running.add(handle));
        try {
            start(handle, work, onDone, onFailed);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The window is closing: a callback that asks for more work (a reload after a write) starts nothing.
            handle.cancel();
            onFx(() -> running.remove(handle));
        }
        return handle;
    }

    private <T> void start(Handle handle, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed) {
        executor.execute(() -> {
            try {
                T result = work.run(new TaskScope(handle, handle.cancel));
                onFx(() -> {
                    running.remove(handle);
                    onDone.accept(result);
                });
            } catch (Throwable failure) {
                onFx(() -> {
                    running.remove(handle);
                    onFailed.accept(failure);
                });
            }
        });
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static final class Handle implements TaskHandle, ProgressListener {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final CancelToken cancel = new CancelToken();
        private final AtomicBoolean updatePending = new AtomicBoolean();
        private volatile double latestFraction = -1;
        private volatile String latestMessage = "";

        Handle(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            cancel.cancel();
        }

        @Override
        public boolean isCancelled() {
            return cancel.isCancelled();
        }

        /** Coalesces updates: however fast the work reports, the FX thread gets at most one pending update. */
        @Override
        public void progress(Progress now) {
            latestFraction = now.fraction();
            latestMessage = now.message();
            if (updatePending.compareAndSet(false, true)) {
                onFx(() -> {
                    updatePending.set(false);
                    progress.set(latestFraction);
                    message.set(latestMessage);
                });
            }
        }
    }
}
