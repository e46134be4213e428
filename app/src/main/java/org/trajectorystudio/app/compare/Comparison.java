package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.compare.AlignedPair;
import org.trajectorystudio.model.compare.Alignment;
import org.trajectorystudio.model.compare.StepAligner;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.tokens.SampleTokens;
import org.trajectorystudio.persistence.curation.RevisionRef;

/**
 * Two trajectories aligned step by step ({@link StepAligner}) with word-level differences inside each pair, and their
 * approximate token counts. Built off the FX thread; immutable.
 */
public record Comparison(Side left, Side right, Alignment alignment, List<CompareRow> rows) {

    /** One side: which revision of which sample, the sample, its approximate token total. */
    public record Side(RevisionRef ref, Sample sample, int tokens) {
        public Side(RevisionRef ref, Sample sample) {
            this(ref, sample, SampleTokens.approximateTotal(sample));
        }
    }

    /** Right minus left, approximate tokens. */
    public int tokenDifference() {
        return right.tokens() - left.tokens();
    }

    /** Indexes of the rows that differ, in order. */
    public List<Integer> differingRows() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).differs()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    public static Comparison of(Side left, Side right) {
        Alignment alignment = new StepAligner().align(left.sample(), right.sample());
        List<CompareRow> rows = new ArrayList<>(alignment.pairs().size());
        for (AlignedPair pair : alignment.pairs()) {
            rows.add(row(pair, left.sample().steps(), right.sample().steps()));
        }
        return new Comparison(left, right, alignment, rows);
    }

    private static CompareRow row(AlignedPair pair, List<Step> leftSteps, List<Step> rightSteps) {
        if (!pair.isMatch()) {
            boolean leftSide = pair.left() != null;
            Step step = leftSide ? leftSteps.get(pair.left()) : rightSteps.get(pair.right());
            List<StepPanel.Field> fields = StepFields.of(step).entrySet().stream()
                    .map(field -> new StepPanel.Field(field.getKey(), InlineDiff.only(field.getValue()))).toList();
            StepPanel present = new StepPanel(leftSide ? pair.left() : pair.right(), StepFields.title(step), fields);
            return leftSide ? new CompareRow(pair, present, StepPanel.gap(), true)
                    : new CompareRow(pair, StepPanel.gap(), present, true);
        }
        Step leftStep = leftSteps.get(pair.left());
        Step rightStep = rightSteps.get(pair.right());
        Map<String, String> leftFields = StepFields.of(leftStep);
        Map<String, String> rightFields = StepFields.of(rightStep);
        if (leftStep.effectiveAction() instanceof ToolCalls a && rightStep.effectiveAction() instanceof ToolCalls b) {
            rightFields.put(StepFields.CALLS, StepFields.calls(StepFields.followOrder(a.calls(), b.calls())));
        }
        FieldDiff diff = FieldDiff.of(leftFields, rightFields);
        return new CompareRow(pair,
                new StepPanel(pair.left(), StepFields.title(leftStep), diff.left()),
                new StepPanel(pair.right(), StepFields.title(rightStep), diff.right()), diff.differs());
    }
}
