package org.trajectorystudio.app.budget;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.trajectorystudio.model.tokens.TokenBreakdown;

/**
 * A sample's tokens by role against the two CPT stages: the bar spans 128K (or the sample, if longer) with a marker
 * at 32K, so one glance tells which stage the sample fits.
 */
public final class TokenBudgetBar extends VBox {
    private final HBox segments = new HBox();
    private final Pane markers = new Pane();
    private final Label summary = new Label();
    /** A flow: each key keeps its whole text and wraps to the next line when the pane is narrow. */
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 2);

    public TokenBudgetBar() {
        setId("token-budget");
        getStyleClass().add("token-budget");
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        segments.getStyleClass().add("budget-track");
        segments.setMinHeight(12);
        segments.setPrefHeight(12);
        markers.setMouseTransparent(true);
        StackPane bar = new StackPane(segments, markers);
        summary.setId("token-summary");
        summary.getStyleClass().add("budget-summary");
        legend.getStyleClass().add("budget-legend");
        getChildren().addAll(summary, bar, legend);
        show(null, false);
    }

    /** @param exact false labels the figures approximate */
    public void show(TokenBreakdown tokens, boolean exact) {
        segments.getChildren().clear();
        markers.getChildren().clear();
        legend.getChildren().clear();
        if (tokens == null) {
            summary.setText("No sample selected");
            return;
        }
        int total = tokens.total();
        double scale = Math.max(total, TokenBreakdown.STAGE_2_CONTEXT);
        for (Part part : parts(tokens)) {
            if (part.tokens() == 0) {
                continue;
            }
            Region segment = new Region();
            segment.getStyleClass().addAll("budget-segment", "budget-" + part.style());
            segment.prefWidthProperty().bind(segments.widthProperty().multiply(part.tokens() / scale));
            segment.setMinWidth(1);
            Tooltip.install(segment, new Tooltip(part.label() + ": " + format(part.tokens()) + " tokens"));
            segments.getChildren().add(segment);
            Label key = new Label(part.label() + " " + format(part.tokens()));
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            key.getStyleClass().addAll("budget-key", "budget-key-" + part.style());
            legend.getChildren().add(key);
        }
        Region rest = new Region();
        HBox.setHgrow(rest, Priority.ALWAYS);
        segments.getChildren().add(rest);
        addMarker(TokenBreakdown.STAGE_1_CONTEXT / scale, "32K");
        if (scale > TokenBreakdown.STAGE_2_CONTEXT) {
            addMarker(TokenBreakdown.STAGE_2_CONTEXT / scale, "128K");
        }
        summary.setText(String.format(Locale.ROOT, "%s%s tokens%s · %s of 32K · %s of 128K%s",
                exact ? "" : "≈ ", format(total), exact ? "" : " (approximate)",
                percent(total, TokenBreakdown.STAGE_1_CONTEXT), percent(total, TokenBreakdown.STAGE_2_CONTEXT),
                total > TokenBreakdown.STAGE_2_CONTEXT ? " · over the 128K budget" : total > TokenBreakdown.STAGE_1_CONTEXT ? " · stage 2 only" : ""));
    }

    public String summaryText() {
        return summary.getText();
    }

    private void addMarker(double fraction, String label) {
        Region line = new Region();
        line.getStyleClass().add("budget-marker");
        line.setPrefSize(2, 12);
        line.layoutXProperty().bind(markers.widthProperty().multiply(fraction));
        Tooltip.install(line, new Tooltip(label + " context"));
        markers.getChildren().add(line);
    }

    private record Part(String label, String style, int tokens) {}

    private static List<Part> parts(TokenBreakdown t) {
        return List.of(
                new Part("system", "system", t.system() + t.tools()),
                new Part("question", "question", t.question() + t.knowledge()),
                new Part("thoughts", "thoughts", t.thoughts()),
                new Part("tool calls", "calls", t.toolCalls()),
                new Part("tool responses", "responses", t.toolResponses()),
                new Part("answer", "answer", t.answer()),
                new Part("other options", "candidates", t.candidates()));
    }

    private static String format(int tokens) {
        return String.format(Locale.ROOT, "%,d", tokens);
    }

    private static String percent(int tokens, int budget) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * tokens / budget);
    }
}
