package org.trajectorystudio.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts, shown over the window with '?' and hidden with Esc, '?' or a click. */
public final class HelpOverlay extends StackPane {
    public record Shortcut(String keys, String does) {}

    private final GridPane grid = new GridPane();
    /** The shortcuts, made into rows when the overlay is first shown: until then they would only slow the first frame. */
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private int rows;

    public HelpOverlay(List<Shortcut> shortcuts) {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        grid.setHgap(18);
        grid.setVgap(6);
        this.shortcuts.addAll(shortcuts);
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().addAll("title-3", "pane-title");
        Label hint = new Label("Press ? or Esc to close");
        hint.getStyleClass().add("muted");
        VBox card = new VBox(12, title, grid, hint);
        card.getStyleClass().add("help-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(event -> setVisible(false));
        visibleProperty().addListener((visible, was, now) -> {
            if (now) {
                addRows();
            }
        });
    }

    /** Adds a shortcut at the end of the list (features list their own keys). */
    public void add(Shortcut shortcut) {
        shortcuts.add(shortcut);
        if (isVisible()) {
            addRows();
        }
    }

    /** The rows of the shortcuts not shown yet. */
    private void addRows() {
        for (; rows < shortcuts.size(); rows++) {
            Shortcut shortcut = shortcuts.get(rows);
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("help-key");
            Label does = new Label(shortcut.does());
            does.getStyleClass().add("help-does");
            grid.addRow(rows, keys, does);
        }
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
