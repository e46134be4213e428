package org.trajectorystudio.app.compare;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One aligned row: left step | similarity | right step, in one grid so that both sides always share the row's height
 * and the list's one scroll position moves them together. Changed words are marked (deleted on the left, inserted on
 * the right); a side without a counterpart shows a gap.
 */
final class RowCell extends ListCell<CompareRow> {
    RowCell() {
        getStyleClass().add("compare-row");
        // Never wider than the list: the texts wrap instead of scrolling sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(CompareRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove("compare-row-differs");
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row.differs()) {
            getStyleClass().add("compare-row-differs");
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("compare-grid");
        grid.getColumnConstraints().addAll(side(), middle(), side());
        grid.add(panel(row.left(), true), 0, 0);
        grid.add(similarity(row), 1, 0);
        grid.add(panel(row.right(), false), 2, 0);
        grid.prefWidthProperty().bind(widthProperty().subtract(18));
        grid.setMaxWidth(Double.MAX_VALUE);
        setGraphic(grid);
    }

    private static ColumnConstraints side() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(46);
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private static ColumnConstraints middle() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(8);
        column.setHalignment(javafx.geometry.HPos.CENTER);
        return column;
    }

    private static Label similarity(CompareRow row) {
        Label label = new Label(row.pair().isMatch()
                ? String.format(Locale.ROOT, "%.2f", row.pair().similarity()) : "gap");
        label.getStyleClass().addAll("compare-similarity",
                !row.pair().isMatch() ? "similarity-gap" : row.pair().similarity() >= 0.999 ? "similarity-same"
                        : row.pair().similarity() >= 0.8 ? "similarity-high" : "similarity-low");
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        return label;
    }

    private static VBox panel(StepPanel panel, boolean left) {
        VBox box = new VBox(4);
        box.getStyleClass().add("compare-side");
        GridPane.setValignment(box, javafx.geometry.VPos.TOP);
        box.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(box, true);
        if (panel.isGap()) {
            box.getStyleClass().add("compare-gap");
            Label gap = new Label(left ? "— not in this trajectory (inserted on the right) —" : "— not in this trajectory (skipped here) —");
            gap.getStyleClass().add("muted");
            box.getChildren().add(gap);
            return box;
        }
        Label title = new Label("Step " + (panel.step() + 1) + " · " + panel.title());
        title.getStyleClass().add("compare-step-title");
        box.getChildren().add(title);
        for (StepPanel.Field field : panel.fields()) {
            box.getChildren().addAll(DiffText.field(field, left));
        }
        return box;
    }
}
