package org.trajectorystudio.app.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Runs work at once on the calling thread: for view-model tests that need no threads. */
public final class SynchronousTasks implements Tasks {
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed) {
        Done handle = new Done(title);
        try {
            onDone.accept(work.run(TaskScope.none()));
        } catch (Exception failure) {
            onFailed.accept(failure);
        }
        return handle;
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    private record Done(String title) implements TaskHandle {
        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new ReadOnlyDoubleWrapper(1).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }

        @Override
        public void cancel() {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
