package org.trajectorystudio.app.curation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The done and undone commands of this window session. A new command clears what could be redone. */
public final class UndoHistory {
    private static final int LIMIT = 500;

    private final Deque<CurationCommand> done = new ArrayDeque<>();
    private final Deque<CurationCommand> undone = new ArrayDeque<>();

    public void done(CurationCommand command) {
        done.push(command);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
    }

    public Optional<CurationCommand> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    public Optional<CurationCommand> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** Called once the command was reverted in the library. */
    public void undid(CurationCommand command) {
        if (done.peek() == command) {
            done.pop();
            undone.push(command);
        }
    }

    /** Called once the command was applied again. */
    public void redid(CurationCommand command) {
        if (undone.peek() == command) {
            undone.pop();
            done.push(command);
        }
    }
}
