package org.trajectorystudio.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.trajectorystudio.model.export.render.LossMask;

/**
 * The preview's loss-mask pane: one record's text as the trainer sees it, the spans its loss trains highlighted apart
 * from the masked ones (system, question, user turns, tool results, role headers), with the tokens per role. Each
 * span is one {@link Text} carrying its {@link LossMask.Span} as user data, so a test reads back exactly what is shown.
 */
final class LossMaskView {
    static final String TRAINED = "loss-trained";
    static final String MASKED = "loss-masked";

    private final Label title = new Label("Loss mask: preview to see one record as the trainer sees it.");
    private final Label counts = new Label();
    private final TextFlow text = new TextFlow();
    private final VBox node;

    LossMaskView() {
        title.setId("loss-mask-title");
        title.setWrapText(true);
        counts.setId("loss-mask-counts");
        counts.setWrapText(true);
        text.setId("loss-mask-text");
        text.getStyleClass().add("loss-mask-text");
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(180);
        node = new VBox(4, title, counts, scroll);
        node.setId("loss-mask");
    }

    Node node() {
        return node;
    }

    /** Shows a preview's mask; null (no record) clears the pane. FX thread. */
    void show(LossMaskPreview preview) {
        if (preview == null) {
            title.setText("Loss mask: the preview wrote no record.");
            counts.setText("");
            text.getChildren().clear();
            return;
        }
        LossMask mask = preview.mask();
        title.setText("Loss mask of " + preview.sampleId() + (preview.cut() ? " (whole sample; every record was cut)" : "")
                + ": underlined text is trained, the rest is masked.");
        counts.setText(countsText(preview.tokensByRole(), preview.exact()));
        List<Text> spans = new ArrayList<>();
        for (LossMask.Span span : mask.spans()) {
            Text piece = new Text(span.text(mask.text()));
            piece.getStyleClass().add(span.trained() ? TRAINED : MASKED);
            // Underlined as well as coloured (studio.css): trained text stands apart in any theme, and in print.
            piece.setUnderline(span.trained());
            piece.setUserData(span);
            spans.add(piece);
        }
        text.getChildren().setAll(spans);
    }

    static String countsText(Map<String, int[]> byRole, boolean exact) {
        List<String> parts = new ArrayList<>();
        int trained = 0;
        int masked = 0;
        for (Map.Entry<String, int[]> role : byRole.entrySet()) {
            int[] tokens = role.getValue();
            trained += tokens[0];
            masked += tokens[1];
            parts.add(tokens[0] > 0
                    ? String.format(Locale.ROOT, "%s %,d trained + %,d masked", role.getKey(), tokens[0], tokens[1])
                    : String.format(Locale.ROOT, "%s %,d masked", role.getKey(), tokens[1]));
        }
        return String.format(Locale.ROOT, "Tokens%s: %,d trained, %,d masked (%s).", exact ? "" : " (approximate)", trained, masked,
                String.join("; ", parts));
    }
}
