package org.trajectorystudio.app.ui.notify;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/** Publishes status messages as a property for the status bar, and opens an error window for unexpected failures. */
public final class StatusNotifier implements Notifier {
    public enum Level { INFO, PROBLEM }

    public record Message(Level level, String text) {}

    private final ReadOnlyObjectWrapper<Message> latest = new ReadOnlyObjectWrapper<>(new Message(Level.INFO, "Ready"));
    private final boolean showDialogs;

    /** @param showDialogs false in tests, where an error window would block */
    public StatusNotifier(boolean showDialogs) {
        this.showDialogs = showDialogs;
    }

    public ReadOnlyObjectProperty<Message> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    @Override
    public void info(String message) {
        latest.set(new Message(Level.INFO, message));
    }

    @Override
    public void problem(String message) {
        latest.set(new Message(Level.PROBLEM, message));
    }

    @Override
    public void unexpected(String context, Throwable failure) {
        String summary = context + ": " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        latest.set(new Message(Level.PROBLEM, summary));
        if (!showDialogs) {
            return;
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        Alert alert = new Alert(Alert.AlertType.ERROR, summary);
        alert.setTitle("Trajectory Studio — unexpected error");
        alert.setHeaderText(context);
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
