package org.trajectorystudio.app.testing;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/**
 * The labels, buttons and check boxes under a node that show their text cut to "…" as laid out now. Cells of lists,
 * tables and trees shorten long values on purpose and are left out, as are a tab pane's titles and hidden nodes.
 * Any thread (it only reads the scene graph).
 */
public final class CutLabels {
    private CutLabels() {}

    /** The cut labels of every window shown now (the main window and the dialogs over it), each with its window's title. */
    public static List<String> inShownWindows(FxRobot robot) {
        return robot.listWindows().stream().filter(javafx.stage.Window::isShowing)
                .filter(window -> window.getScene() != null)
                .flatMap(window -> under(robot, window.getScene().getRoot()).stream()
                        .map(text -> (window instanceof javafx.stage.Stage stage ? stage.getTitle() : "window") + ": " + text))
                .toList();
    }

    public static List<String> under(FxRobot robot, Node root) {
        return robot.from(root).lookup((Node node) -> node instanceof Labeled labeled && shownOutsideCells(labeled)
                        && labeled.getText() != null && !labeled.getText().isBlank()
                        && !(labeled instanceof TitledPane) // its title is a Label inside it
                        && isCut(labeled))
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    /** Its own text node (an icon is a Text too, without the "text" class) shows less than its text. */
    private static boolean isCut(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(Text.class::cast).anyMatch(text -> !text.getText().equals(labeled.getText()));
    }

    private static boolean shownOutsideCells(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            // A tab pane's header shortens the titles of tabs that do not fit and lists them all in its menu.
            if (!at.isVisible() || at instanceof IndexedCell<?> || at.getStyleClass().contains("tab-header-area")) {
                return false;
            }
        }
        return true;
    }
}
