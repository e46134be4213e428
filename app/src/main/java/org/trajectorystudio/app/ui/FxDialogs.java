package org.trajectorystudio.app.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * {@link Dialogs} as JavaFX dialogs: modal to the window that asks (so they open over it and close with it), with a
 * Cancel button, which Esc presses.
 */
final class FxDialogs implements Dialogs {

    @Override
    public boolean confirm(Window owner, Question question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.text(), ButtonType.OK, ButtonType.CANCEL);
        return show(alert, owner, question).filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public <T> Optional<T> chooseOne(Window owner, Question question, List<T> choices, T preselected) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(preselected, choices);
        dialog.setContentText(question.text());
        return show(dialog, owner, question);
    }

    @Override
    public Optional<String> prompt(Window owner, Question question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setContentText(question.text());
        return show(dialog, owner, question);
    }

    @Override
    public boolean form(Window owner, Question question, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return show(dialog, owner, question).filter(ButtonType.OK::equals).isPresent();
    }

    private static <R> Optional<R> show(Dialog<R> dialog, Window owner, Question question) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(question.title());
        dialog.setHeaderText(question.header());
        return dialog.showAndWait();
    }
}
