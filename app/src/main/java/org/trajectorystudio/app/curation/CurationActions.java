package org.trajectorystudio.app.curation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.TaskHandle;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.persistence.curation.Curation;

/**
 * Runs curation commands, undo and redo as background tasks, one after the other in the order they were asked for
 * (a fast curator pressing 4 then 5 must end at 5), and tells the window which sample changed. FX thread only.
 */
public final class CurationActions {
    /** Reads what it needs (the state before) and builds the command; runs off the FX thread. */
    @FunctionalInterface
    public interface Prepare {
        CurationCommand prepare(Curation curation) throws Exception;
    }

    private final Curation curation;
    private final Tasks tasks;
    private final Notifier notifier;
    private final Consumer<String> changed;
    private final UndoHistory history = new UndoHistory();
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private boolean busy;
    private TaskHandle current;

    /** @param changed told the id of each sample whose curation or content changed */
    public CurationActions(Curation curation, Tasks tasks, Notifier notifier, Consumer<String> changed) {
        this.curation = curation;
        this.tasks = tasks;
        this.notifier = notifier;
        this.changed = changed;
        // A task cancelled from the status bar reports nothing: go on with the queue instead of waiting forever.
        tasks.running().addListener((javafx.collections.ListChangeListener<TaskHandle>) change -> {
            while (change.next()) {
                if (change.getRemoved().stream().anyMatch(handle -> handle == current && handle.isCancelled())) {
                    current = null;
                    next();
                }
            }
        });
    }

    public void execute(String title, Prepare prepare) {
        execute(title, prepare, command -> {}, failure -> {});
    }

    /**
     * Like {@link #execute(String, Prepare)}, and then tells the caller too (on the FX thread): a view elsewhere (the
     * candidate comparison) that asked for the command shows its outcome, while the command itself lands in the same
     * undo history as every other.
     */
    public void execute(String title, Prepare prepare, Consumer<CurationCommand> onDone, Consumer<Throwable> onFailure) {
        enqueue(() -> current = tasks.run(title, progress -> {
            CurationCommand command = prepare.prepare(curation);
            command.apply(curation);
            return command;
        }, command -> {
            history.done(command);
            finish(command, "Done: " + command.description());
            onDone.accept(command);
        }, failure -> {
            failed(failure);
            onFailure.accept(failure);
        }));
    }

    public void undo() {
        enqueue(() -> history.nextUndo().ifPresentOrElse(command -> current = tasks.run("Undo " + command.description(), progress -> {
            command.revert(curation);
            return command;
        }, done -> {
            history.undid(done);
            finish(done, "Undone: " + done.description());
        }, this::failed), () -> {
            notifier.info("Nothing to undo");
            next();
        }));
    }

    public void redo() {
        enqueue(() -> history.nextRedo().ifPresentOrElse(command -> current = tasks.run("Redo " + command.description(), progress -> {
            command.apply(curation);
            return command;
        }, done -> {
            history.redid(done);
            finish(done, "Redone: " + done.description());
        }, this::failed), () -> {
            notifier.info("Nothing to redo");
            next();
        }));
    }

    /** "Undo rate sample 4", for the menu item. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void finish(CurationCommand command, String message) {
        notifier.info(message);
        updateTexts();
        changed.accept(command.sampleId());
        next();
    }

    private void failed(Throwable failure) {
        // Expected problems (a bad label, a sample gone) are one line; anything else gets the error window.
        if (failure instanceof IllegalArgumentException) {
            notifier.problem(failure.getMessage());
        } else {
            notifier.unexpected("Curation", failure);
        }
        next();
    }

    private void updateTexts() {
        undoText.set(history.nextUndo().map(c -> "Undo " + c.description()).orElse("Undo"));
        redoText.set(history.nextRedo().map(c -> "Redo " + c.description()).orElse("Redo"));
    }

    private void enqueue(Runnable action) {
        queue.add(action);
        if (!busy) {
            next();
        }
    }

    private void next() {
        Runnable action = queue.poll();
        busy = action != null;
        if (action != null) {
            action.run();
        }
    }
}
