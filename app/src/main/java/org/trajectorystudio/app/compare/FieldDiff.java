package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two sets of labelled texts (a step's or a candidate's thought, calls, answer…) compared label by label, word by word
 * ({@link InlineDiff}): the fields of each side with their diff marks, in the order of the labels. A label only one
 * side has is all changed on that side.
 *
 * @param rows one per label, in order; a side without that label is null there
 */
public record FieldDiff(List<Row> rows) {

    /** One label on both sides. */
    public record Row(String label, StepPanel.Field left, StepPanel.Field right) {}

    public static FieldDiff of(Map<String, String> leftFields, Map<String, String> rightFields) {
        Set<String> labels = new LinkedHashSet<>(leftFields.keySet());
        labels.addAll(rightFields.keySet());
        List<Row> rows = new ArrayList<>(labels.size());
        for (String label : labels) {
            String leftText = leftFields.get(label);
            String rightText = rightFields.get(label);
            if (leftText != null && rightText != null) {
                InlineDiff.Sides sides = InlineDiff.of(leftText, rightText);
                rows.add(new Row(label, new StepPanel.Field(label, sides.left()), new StepPanel.Field(label, sides.right())));
            } else if (leftText != null) {
                rows.add(new Row(label, new StepPanel.Field(label, InlineDiff.only(leftText)), null));
            } else {
                rows.add(new Row(label, null, new StepPanel.Field(label, InlineDiff.only(rightText))));
            }
        }
        return new FieldDiff(List.copyOf(rows));
    }

    public List<StepPanel.Field> left() {
        return rows.stream().map(Row::left).filter(java.util.Objects::nonNull).toList();
    }

    public List<StepPanel.Field> right() {
        return rows.stream().map(Row::right).filter(java.util.Objects::nonNull).toList();
    }

    /** True when any word differs or a label is on one side only. */
    public boolean differs() {
        return rows.stream().anyMatch(row -> row.left() == null || row.right() == null || row.left().changed() || row.right().changed());
    }

    /** The labels that differ, in order ("Thought", "Tool calls"). */
    public List<String> differingLabels() {
        return rows.stream().filter(row -> row.left() == null || row.right() == null || row.left().changed() || row.right().changed())
                .map(Row::label).toList();
    }
}
