package org.trajectorystudio.app.trajectory;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.trajectorystudio.app.budget.TokenBudgetBar;
import org.trajectorystudio.app.detail.DetailView;
import org.trajectorystudio.app.detail.TrajectoryHighlighter;
import org.trajectorystudio.model.tokens.TokenBreakdown;

/** One sample: its token budget on top, the tree on the left, the selected node's text on the right. */
public final class TrajectoryPane extends BorderPane {
    private final TrajectoryTreeView tree = new TrajectoryTreeView();
    private final DetailView detail = new DetailView();
    private final TokenBudgetBar budget = new TokenBudgetBar();
    private final Label title = new Label("No sample selected");

    public TrajectoryPane() {
        setId("trajectory-pane");
        title.getStyleClass().add("pane-title");
        title.setId("sample-title");
        Button expand = iconButton(Material2MZ.UNFOLD_MORE, "Expand all", "expand-all");
        expand.setOnAction(event -> tree.expandAll());
        Button collapse = iconButton(Material2MZ.UNFOLD_LESS, "Collapse all", "collapse-all");
        collapse.setOnAction(event -> tree.collapseAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, expand, collapse);
        header.setPadding(new Insets(4, 8, 0, 8));
        header.getStyleClass().add("pane-header");
        setTop(new javafx.scene.layout.VBox(header, budget));

        SplitPane split = new SplitPane(tree, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        setCenter(split);

        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> showDetail(item));
    }

    /** Shows a sample's outline (built off the FX thread) and its token breakdown. */
    public void show(OutlineNode outline, TokenBreakdown tokens, boolean exactTokens) {
        title.setText(outline.title());
        budget.show(tokens, exactTokens);
        tree.show(outline);
    }

    public void clear() {
        title.setText("No sample selected");
        tree.clear();
        budget.show(null, false);
        detail.show("", java.util.List.of());
    }

    public TrajectoryTreeView tree() {
        return tree;
    }

    public DetailView detail() {
        return detail;
    }

    public TokenBudgetBar budget() {
        return budget;
    }

    private void showDetail(TreeItem<OutlineNode> item) {
        if (item == null) {
            detail.show("", java.util.List.of());
            return;
        }
        String text = item.getValue().detail();
        detail.show(text, TrajectoryHighlighter.spans(text));
    }

    private static Button iconButton(Material2MZ icon, String tip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon");
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
