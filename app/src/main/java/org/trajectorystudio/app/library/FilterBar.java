package org.trajectorystudio.app.library;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.animation.PauseTransition;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.trajectorystudio.model.sample.SampleKind;

/** Text search (debounced), kind chips and the total count above the table. */
/* A flow, not a row: in a narrow window the chips wrap to a second line instead of forcing the panes beside it to shrink. */
public final class FilterBar extends javafx.scene.layout.FlowPane {
    private final TextField search = new TextField();

    public FilterBar(BrowserModel model) {
        setId("filter-bar");
        setHgap(6);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));
        search.setId("filter-text");
        search.setPromptText("Search question, thoughts, answers  (Ctrl+L)");
        search.setPrefWidth(260);
        search.setMinWidth(160);
        // Typing should not fire one query per key: wait for a short pause.
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(event -> model.textProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        search.setOnAction(event -> {
            debounce.stop();
            model.textProperty().set(search.getText());
        });
        getChildren().addAll(new FontIcon(Material2MZ.SEARCH), search);

        ToggleGroup kinds = new ToggleGroup();
        getChildren().add(chip("All", null, kinds, model, true));
        getChildren().add(chip("Trajectory", SampleKind.TRAJECTORY, kinds, model, false));
        getChildren().add(chip("FAS plan", SampleKind.FAS_PLANNING, kinds, model, false));
        getChildren().add(chip("FAS reason", SampleKind.FAS_REASONING, kinds, model, false));
        getChildren().add(chip("HAS", SampleKind.HAS_DECISION, kinds, model, false));

        ToggleButton flagged = new ToggleButton("⚑ Flagged");
        flagged.setId("flag-chip");
        flagged.getStyleClass().add("small");
        flagged.setMinWidth(Region.USE_PREF_SIZE);
        flagged.setTooltip(new javafx.scene.control.Tooltip("Only samples a quality flag raises (Flags menu: which kinds)"));
        flagged.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        getChildren().add(flagged);

        Label total = new Label();
        total.setId("sample-total");
        total.getStyleClass().add("muted");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> org.trajectorystudio.model.text.Plural.of(model.totalProperty().get(), "sample"), model.totalProperty()));
        getChildren().add(total);
    }

    private static ToggleButton chip(String text, SampleKind kind, ToggleGroup group, BrowserModel model, boolean selected) {
        ToggleButton chip = new ToggleButton(text);
        chip.setId("kind-" + (kind == null ? "all" : kind.wireName()));
        chip.getStyleClass().add("small");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setToggleGroup(group);
        chip.setSelected(selected);
        chip.setOnAction(event -> {
            if (!chip.isSelected()) {
                chip.setSelected(true); // a chip group always has one chip on
            }
            model.kindProperty().set(kind);
        });
        return chip;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
