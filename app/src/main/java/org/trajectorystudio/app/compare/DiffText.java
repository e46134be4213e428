package org.trajectorystudio.app.compare;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows compared fields the way every compare view does: the field's label, then its text with the words that differ
 * marked ({@code diff-deleted} on the left, {@code diff-inserted} on the right, {@code diff-same} elsewhere). A long
 * text that is the same on both sides shows its beginning only, until the curator unfolds it.
 */
final class DiffText {
    /** Unchanged texts longer than this show their beginning only, until the curator unfolds them. */
    static final int FOLDED_CHARS = 400;

    private DiffText() {}

    /** The label and the marked text of one field, as nodes to add to a side's box. */
    static List<Node> field(StepPanel.Field field, boolean left) {
        Label label = new Label(field.label());
        label.getStyleClass().add("compare-field-label");
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("compare-text");
        String whole = field.text();
        if (field.changed() || whole.length() <= FOLDED_CHARS) {
            for (InlineDiff.Segment segment : field.segments()) {
                Text text = new Text(segment.text());
                text.getStyleClass().add(segment.changed() ? (left ? "diff-deleted" : "diff-inserted") : "diff-same");
                flow.getChildren().add(text);
            }
            return List.of(label, flow);
        }
        // Long text that is the same on both sides (a tool response, mostly) is folded, so the parts that differ are
        // not pages apart; both sides fold alike, so they stay level.
        Text head = new Text(whole.substring(0, FOLDED_CHARS) + " …");
        head.getStyleClass().add("diff-same");
        flow.getChildren().add(head);
        Hyperlink more = new Hyperlink(String.format(Locale.ROOT, "same on both sides · show all %,d characters", whole.length()));
        more.getStyleClass().add("compare-unfold");
        more.setOnAction(event -> {
            Text all = new Text(whole);
            all.getStyleClass().add("diff-same");
            flow.getChildren().setAll(all);
            if (more.getParent() instanceof VBox box) {
                box.getChildren().remove(more);
            } else {
                more.setVisible(false);
                more.setManaged(false);
            }
        });
        return List.of(label, flow, more);
    }

    /** "≈ 1,204 | ≈ 980 tokens (approximate) · difference −224": right minus left. */
    static String tokens(int left, int right) {
        int difference = right - left;
        return String.format(Locale.ROOT, "≈ %,d | ≈ %,d tokens (approximate) · difference %s%,d", left, right,
                difference > 0 ? "+" : difference < 0 ? "−" : "±", Math.abs(difference));
    }
}
