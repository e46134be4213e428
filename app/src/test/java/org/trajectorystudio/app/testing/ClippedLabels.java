package org.trajectorystudio.app.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;

/**
 * Finds labels and buttons that show less than their text: JavaFX draws a cut label as a shorter Text ending in an
 * ellipsis. Cells (table rows, tree nodes, list rows) are content that scrolls and has tooltips; they are left out.
 */
public final class ClippedLabels {
    private ClippedLabels() {}

    /** "text → shown" for every visible, cut label under {@code root}. FX thread. */
    public static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof Cell<?> || node.getStyleClass().contains("tab-header-area")) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(labeled.getText()) && shown.getText().endsWith("…")) {
                    cut.add(labeled.getText() + " → " + shown.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }
}
