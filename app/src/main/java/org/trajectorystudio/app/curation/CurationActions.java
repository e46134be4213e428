package org.trajectorystudio.app.curation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.persistence.curation.Curation;

/**
 * Runs curation commands, undo and redo as background tasks, one after the other in the order they were asked for
 * (a fast curator pressing 4 then 5 must end at 5), and tells the window which sample changed. A command that would
 * change nothing is not written. Undo and redo name the action and its sample, and ask the window to show that sample
 * when it is another one. FX thread only.
 */
public final class CurationActions {
    /** Reads what it needs (the state before) and builds the command; runs off the FX thread. */
    @FunctionalInterface
    public interface Prepare {
        CurationCommand prepare(Curation curation) throws Exception;
    }

    /** What the window does for the actions: refresh after a change, name a sample, show a sample. */
    public interface Window {
        /**
         * FX thread: the command was applied, or (with {@code reveal}) undone or redone, and then the sample is
         * selected when it is not the one on screen. Calls {@code shown} once the table shows the change, so the next
         * action in turn (N) sees the rows as they now are.
         */
        void changed(CurationCommand command, boolean reveal, Runnable shown);

        /** Background thread: a short title of the sample (its question) for the status line. */
        String title(String sampleId);
    }

    private static final int TITLE_LENGTH = 24;

    private final Curation curation;
    private final Tasks tasks;
    private final Notifier notifier;
    private final Window window;
    private final UndoHistory history = new UndoHistory();
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private boolean busy;

    /** @param changed told the id of each sample whose curation or content changed */
    public CurationActions(Curation curation, Tasks tasks, Notifier notifier, Consumer<String> changed) {
        this(curation, tasks, notifier, new Window() {
            @Override
            public void changed(CurationCommand command, boolean reveal, Runnable shown) {
                changed.accept(command.sampleId());
                shown.run();
            }

            @Override
            public String title(String sampleId) {
                return sampleId;
            }
        });
    }

    public CurationActions(Curation curation, Tasks tasks, Notifier notifier, Window window) {
        this.curation = curation;
        this.tasks = tasks;
        this.notifier = notifier;
        this.window = window;
        // A task cancelled from the status bar still reports (Tasks delivers it): an applied command lands in the
        // undo history, so nothing written escapes Undo.
    }

    public void execute(String title, Prepare prepare) {
        execute(title, prepare, command -> {}, failure -> {});
    }

    private record Outcome(UndoHistory.Entry entry, boolean applied) {}

    /**
     * Like {@link #execute(String, Prepare)}, and then tells the caller too (on the FX thread): a view elsewhere (the
     * candidate comparison) that asked for the command shows its outcome, while the command itself lands in the same
     * undo history as every other.
     */
    public void execute(String title, Prepare prepare, Consumer<CurationCommand> onDone, Consumer<Throwable> onFailure) {
        enqueue(() -> tasks.run(title, progress -> {
            CurationCommand command = prepare.prepare(curation);
            UndoHistory.Entry entry = new UndoHistory.Entry(command, shortTitle(window.title(command.sampleId())));
            if (command.changesNothing()) {
                return new Outcome(entry, false);
            }
            command.apply(curation);
            return new Outcome(entry, true);
        }, outcome -> {
            if (outcome.applied()) {
                history.done(outcome.entry());
                finish(outcome.entry(), "Done: ", false);
            } else {
                notifier.info("Unchanged: " + outcome.entry().describe() + " is already so");
                next();
            }
            onDone.accept(outcome.entry().command());
        }, failure -> {
            failed(failure);
            onFailure.accept(failure);
        }));
    }

    public void undo() {
        enqueue(() -> history.nextUndo().ifPresentOrElse(entry -> tasks.run("Undo " + entry.command().description(), progress -> {
            entry.command().revert(curation);
            return entry;
        }, done -> {
            history.undid(done);
            finish(done, "Undid: ", true);
        }, this::failed), () -> {
            notifier.info("Nothing to undo");
            next();
        }));
    }

    public void redo() {
        enqueue(() -> history.nextRedo().ifPresentOrElse(entry -> tasks.run("Redo " + entry.command().description(), progress -> {
            entry.command().apply(curation);
            return entry;
        }, done -> {
            history.redid(done);
            finish(done, "Redid: ", true);
        }, this::failed), () -> {
            notifier.info("Nothing to redo");
            next();
        }));
    }

    /** Writes to the curation log what has no undo (a note), in turn with the commands; failures are reported. */
    public <T> void write(String title, Function<Curation, T> work, Consumer<T> onDone) {
        write(title, work, onDone, failure -> {});
    }

    /** Like {@link #write(String, Function, Consumer)}, and tells the caller of a failure too. */
    public <T> void write(String title, Function<Curation, T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        enqueue(() -> tasks.run(title, progress -> work.apply(curation), result -> {
            onDone.accept(result);
            next();
        }, failure -> {
            failed(failure);
            onFailure.accept(failure);
        }));
    }

    /**
     * Runs {@code action} on the FX thread once every command asked for before it is written and shown: N after A
     * looks at the queue without the sample A took out of it.
     */
    public void afterPending(Runnable action) {
        enqueue(() -> {
            try {
                action.run();
            } finally {
                next();
            }
        });
    }

    /** "Undo rate sample 4", for the menu item. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void finish(UndoHistory.Entry entry, String verb, boolean reveal) {
        notifier.info(verb + entry.describe());
        updateTexts();
        window.changed(entry.command(), reveal, this::next);
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
        undoText.set(history.nextUndo().map(e -> "Undo " + e.command().description()).orElse("Undo"));
        redoText.set(history.nextRedo().map(e -> "Redo " + e.command().description()).orElse("Redo"));
    }

    /** The first words of a question, cut at a word: "Which Nobel…". */
    static String shortTitle(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, cut > 8 ? cut : TITLE_LENGTH).strip() + "…";
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
