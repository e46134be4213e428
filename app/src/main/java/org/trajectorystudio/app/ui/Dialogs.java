package org.trajectorystudio.app.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The one way the window asks the curator a question: a confirmation, one of a few choices, a line of text, or a form
 * a feature built (its fields read when the curator presses OK). Beside {@link FileDialogs}; the studio shows JavaFX
 * dialogs ({@link FxDialogs}: owned by the window, Esc cancels), tests answer from a script. FX thread.
 */
public interface Dialogs {

    /** What the dialog says: its title, the question in its header, and a line under it (may be empty). */
    record Question(String title, String header, String text) {
        public Question {
            text = text == null ? "" : text;
        }
    }

    /** OK or Cancel: true only for OK. */
    boolean confirm(Window owner, Question question);

    /** One of {@code choices} ({@code preselected} shown first); empty when cancelled. */
    <T> Optional<T> chooseOne(Window owner, Question question, List<T> choices, T preselected);

    /** A line of text starting as {@code initial}; empty when cancelled. */
    Optional<String> prompt(Window owner, Question question, String initial);

    /**
     * A feature's own form ({@code content}: its fields, with ids) under {@code question}, with OK and Cancel; true
     * for OK, after which the caller reads the fields.
     */
    boolean form(Window owner, Question question, Node content);

    Dialogs FX = new FxDialogs();
}
