package org.trajectorystudio.app.curation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The done and undone commands of this window session, across samples, each with the sample it changed as the
 * curator knows it (its question), so an undo can say what it took back and where. A new command clears the redo.
 */
public final class UndoHistory {
    private static final int LIMIT = 500;

    /** A command and the short title of its sample. */
    public record Entry(CurationCommand command, String sample) {
        /** "label hard-case on ‘Which Nobel…’" */
        public String describe() {
            return command.description() + " on ‘" + sample + "’";
        }
    }

    private final Deque<Entry> done = new ArrayDeque<>();
    private final Deque<Entry> undone = new ArrayDeque<>();

    public void done(Entry entry) {
        done.push(entry);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
    }

    public Optional<Entry> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    public Optional<Entry> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** Called once the command was reverted in the library. */
    public void undid(Entry entry) {
        if (done.peek() == entry) {
            done.pop();
            undone.push(entry);
        }
    }

    /** Called once the command was applied again. */
    public void redid(Entry entry) {
        if (undone.peek() == entry) {
            undone.pop();
            done.push(entry);
        }
    }
}
