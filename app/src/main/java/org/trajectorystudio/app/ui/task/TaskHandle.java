package org.trajectorystudio.app.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running task as the UI sees it: title, progress and message (updated on the FX thread), and cancel. */
public interface TaskHandle {
    String title();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    void cancel();

    boolean isCancelled();
}
