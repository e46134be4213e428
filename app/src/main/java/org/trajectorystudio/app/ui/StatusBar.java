package org.trajectorystudio.app.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.TaskHandle;
import org.trajectorystudio.app.ui.task.Tasks;

/** The bottom line: the latest message, and the running task's progress with a cancel button. */
public final class StatusBar extends HBox {
    private final Label message = new Label();
    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    /** How long a message stays: long enough to read, and a problem longer, but none for as long as the window is open. */
    static final javafx.util.Duration INFO_SHOWN = javafx.util.Duration.seconds(8);
    static final javafx.util.Duration PROBLEM_SHOWN = javafx.util.Duration.seconds(20);

    private final javafx.animation.PauseTransition expiry = new javafx.animation.PauseTransition();

    public StatusBar(StatusNotifier notifier, Tasks tasks) {
        this(notifier, tasks, INFO_SHOWN, PROBLEM_SHOWN);
    }

    StatusBar(StatusNotifier notifier, Tasks tasks, javafx.util.Duration infoShown, javafx.util.Duration problemShown) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        taskLabel.setId("task-label");
        progress.setId("task-progress");
        progress.setPrefWidth(180);
        cancel.setId("task-cancel");
        cancel.getStyleClass().add("small");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, taskLabel, progress, cancel);
        // Hidden task controls give their room to the message (they kept 300 px of the line while no task ran).
        taskLabel.managedProperty().bind(taskLabel.visibleProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        // A message longer than the line is shortened; the whole of it shows on hover.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        message.tooltipProperty().bind(Bindings.when(message.textProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));

        expiry.setOnFinished(event -> {
            message.setText("");
            message.getStyleClass().remove("status-problem");
        });
        // An invalidation listener: the same message again (an equal record) must show again after it expired.
        notifier.latestProperty().addListener(obs -> {
            StatusNotifier.Message latest = notifier.latestProperty().get();
            message.setText(latest.text());
            message.getStyleClass().remove("status-problem");
            boolean problem = latest.level() == StatusNotifier.Level.PROBLEM;
            if (problem) {
                message.getStyleClass().add("status-problem");
            }
            expiry.stop();
            expiry.setDuration(problem ? problemShown : infoShown);
            expiry.playFromStart();
        });
        message.setText(notifier.latestProperty().get().text());
        tasks.running().addListener((ListChangeListener<TaskHandle>) change -> showTask(tasks));
        showTask(tasks);
    }

    private void showTask(Tasks tasks) {
        boolean busy = !tasks.running().isEmpty();
        taskLabel.setVisible(busy);
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (!busy) {
            progress.progressProperty().unbind();
            taskLabel.textProperty().unbind();
            return;
        }
        TaskHandle task = tasks.running().getLast();
        progress.progressProperty().bind(task.progressProperty());
        taskLabel.textProperty().bind(Bindings.concat(task.title(), "  ", task.messageProperty()));
        cancel.setOnAction(event -> task.cancel());
    }
}
