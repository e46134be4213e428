package org.trajectorystudio.app.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.trajectorystudio.app.ui.FileDialogs;

/** The curator's answers to the window's file questions, given in advance; every question asked is kept. */
public final class ScriptedFileDialogs implements FileDialogs {
    private final Deque<List<Path>> answers = new ArrayDeque<>();
    private final List<Request> asked = new ArrayList<>();

    /** The next question is answered with these files (none: the curator cancels it). */
    public ScriptedFileDialogs answer(Path... files) {
        answers.add(List.of(files));
        return this;
    }

    public List<Request> asked() {
        return asked;
    }

    private List<Path> next(Request request) {
        asked.add(request);
        return answers.isEmpty() ? List.of() : answers.poll();
    }

    @Override
    public Optional<Path> open(Window owner, Request request) {
        return next(request).stream().findFirst();
    }

    @Override
    public List<Path> openMany(Window owner, Request request) {
        return next(request);
    }

    @Override
    public Optional<Path> save(Window owner, Request request) {
        return next(request).stream().findFirst();
    }
}
