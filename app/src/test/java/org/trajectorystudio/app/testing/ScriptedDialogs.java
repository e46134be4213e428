package org.trajectorystudio.app.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.trajectorystudio.app.ui.Dialogs;

/**
 * The curator's answers to the window's questions, given in advance and used in order; every question asked is kept.
 * A question with no answer left is cancelled; an answer of the wrong kind (a confirmation scripted, a choice asked)
 * fails the test.
 */
public final class ScriptedDialogs implements Dialogs {
    private sealed interface Answer {}

    private record Confirm(boolean ok) implements Answer {}

    private record Choose(Object value) implements Answer {}

    private record Type(String text) implements Answer {}

    private record Fill(Consumer<Node> fill) implements Answer {}

    /** Esc, whatever the question (an ArrayDeque holds no null). */
    private record Cancel() implements Answer {}

    /** A question as it was asked, with what it offered (the choices, the initial text), for assertions. */
    public record Asked(Question question, List<Object> offered) {}

    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Asked> asked = new ArrayList<>();

    /** The next confirmation is answered OK ({@code true}) or Cancel. */
    public ScriptedDialogs confirm(boolean ok) {
        answers.add(new Confirm(ok));
        return this;
    }

    /** The next choice picks {@code value}, which must be one of the offered choices. */
    public ScriptedDialogs choose(Object value) {
        answers.add(new Choose(value));
        return this;
    }

    /** The next prompt is answered with {@code text}. */
    public ScriptedDialogs type(String text) {
        answers.add(new Type(text));
        return this;
    }

    /** The next form is filled in by {@code fill} (given the form's content), then OK is pressed. */
    public ScriptedDialogs fill(Consumer<Node> fill) {
        answers.add(new Fill(fill));
        return this;
    }

    /** The next question of any kind is cancelled (Esc). */
    public ScriptedDialogs cancel() {
        answers.add(new Cancel());
        return this;
    }

    public List<Asked> asked() {
        return asked;
    }

    /** The text field with {@code id} in a form's content. */
    public static TextInputControl field(Node form, String id) {
        Node found = form.lookup("#" + id);
        if (!(found instanceof TextInputControl field)) {
            throw new AssertionError("the form has no text field #" + id);
        }
        return field;
    }

    private <A extends Answer> Optional<A> next(Question question, List<?> offered, Class<A> kind) {
        asked.add(new Asked(question, new ArrayList<>(offered)));
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        Answer answer = answers.poll();
        if (answer instanceof Cancel) {
            return Optional.empty();
        }
        if (!kind.isInstance(answer)) {
            throw new AssertionError("scripted " + answer + " but the window asked " + kind.getSimpleName() + ": " + question);
        }
        return Optional.of(kind.cast(answer));
    }

    @Override
    public boolean confirm(Window owner, Question question) {
        return next(question, List.of(), Confirm.class).map(Confirm::ok).orElse(false);
    }

    @Override
    public <T> Optional<T> chooseOne(Window owner, Question question, List<T> choices, T preselected) {
        return next(question, choices, Choose.class).map(choose -> {
            int at = choices.indexOf(choose.value());
            if (at < 0) {
                throw new AssertionError(choose.value() + " is not among the choices " + choices);
            }
            return choices.get(at);
        });
    }

    @Override
    public Optional<String> prompt(Window owner, Question question, String initial) {
        return next(question, List.of(initial), Type.class).map(Type::text);
    }

    @Override
    public boolean form(Window owner, Question question, Node content) {
        Optional<Fill> fill = next(question, List.of(content), Fill.class);
        fill.ifPresent(answer -> answer.fill().accept(content));
        return fill.isPresent();
    }
}
