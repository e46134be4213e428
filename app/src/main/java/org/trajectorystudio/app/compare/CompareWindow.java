package org.trajectorystudio.app.compare;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.library.Library;

/**
 * The compare view in a window of its own beside the studio. Keys: Esc closes; Ctrl+↓ or ] next difference, Ctrl+↑
 * or [ previous (the brackets only while no text field has the focus, so a reason can contain them).
 */
public final class CompareWindow {
    private CompareWindow() {}

    public static CompareView open(Window owner, Library library, Tasks tasks, Notifier notifier, RevisionRef left, RevisionRef right) {
        CompareView view = new CompareView(library, tasks, notifier);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare — " + left.sampleId() + " | " + right.sampleId());
        Scene scene = new Scene(view, 1320, 860);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        installKeys(scene, stage, view);
        stage.setScene(scene);
        stage.show();
        view.load(left, right);
        return view;
    }

    private static void installKeys(Scene scene, Stage stage, CompareView view) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            } else if ((event.isControlDown() || event.isShortcutDown()) && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)) {
                view.jumpToDifference(event.getCode() == KeyCode.DOWN ? 1 : -1);
                event.consume();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            switch (event.getCharacter()) {
                case "]" -> view.jumpToDifference(1);
                case "[" -> view.jumpToDifference(-1);
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }
}
