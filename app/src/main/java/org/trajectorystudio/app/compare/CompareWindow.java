package org.trajectorystudio.app.compare;

import javafx.scene.Parent;
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
 * The compare views in windows of their own beside the studio. Keys: Esc closes; in the trajectory comparison Ctrl+↓
 * or ] next difference, Ctrl+↑ or [ previous (the brackets only while no text field has the focus, so a reason can
 * contain them).
 */
public final class CompareWindow {
    private CompareWindow() {}

    public static CompareView open(Window owner, Library library, Tasks tasks, Notifier notifier,
                                   org.trajectorystudio.app.curation.CurationActions curation, RevisionRef left, RevisionRef right) {
        CompareView view = new CompareView(library, tasks, notifier, curation);
        Stage stage = show(owner, "Compare — " + left.sampleId() + " | " + right.sampleId(), view, 1320, 860);
        installDifferenceKeys(stage.getScene(), view);
        view.load(left, right);
        return view;
    }

    /** Two candidate actions of one HAS step, in a window of the same kind. */
    static Stage open(Window owner, CandidateCompareView view, String sampleId, int step) {
        return show(owner, "Compare options — " + sampleId + " · step " + (step + 1), view, 1180, 820);
    }

    /** A compare window beside the studio, with the studio's style sheets; Esc closes it. */
    private static Stage show(Window owner, String title, Parent view, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = org.trajectorystudio.app.ui.ScreenFit.scene(view, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static void installDifferenceKeys(Scene scene, CompareView view) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((event.isControlDown() || event.isShortcutDown()) && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)) {
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
