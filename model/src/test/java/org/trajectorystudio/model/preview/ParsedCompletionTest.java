package org.trajectorystudio.model.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;

class ParsedCompletionTest {

    @Test
    void aPlanningCompletionBecomesAnAnalysisStepAndAFirstActionStep() {
        Sample sample = CompletionParser.parse("<think>Split it in two.</think><answer>42</answer>").toPlanningSample("p1", "Q?", List.of());

        assertThat(sample.kind()).isEqualTo(SampleKind.FAS_PLANNING);
        assertThat(sample.steps()).extracting(Step::effectiveAction).containsExactly(new Plan("Split it in two."), new FinalAnswer("42"));
    }

    @Test
    void aCompletionCutOffInsideTheAnalysisHasOnlyThePlan() {
        Sample sample = CompletionParser.parse("<think>Split it").toPlanningSample("p1", "Q?", List.of());

        assertThat(sample.steps()).extracting(Step::effectiveAction).containsExactly(new Plan("Split it"));
    }
}
