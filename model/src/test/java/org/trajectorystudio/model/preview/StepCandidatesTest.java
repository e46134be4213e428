package org.trajectorystudio.model.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

class StepCandidatesTest {
    private static final ToolCalls SEARCH = new ToolCalls(List.of(ToolCall.parsed("c1", "search", Json.object().put("q", "capital"))));
    private static final Candidate NEW = new Candidate("maybe visit", new ToolCalls(List.of(ToolCall.parsed(null, "visit", Json.object()))));
    private static final Candidate OTHER = new Candidate(null, new FinalAnswer("Bishkek"));

    private static Sample sample(Step... steps) {
        return new Sample("s1", SampleKind.TRAJECTORY, "Capital of Kyrgyzstan?", "Bishkek", null, List.of(), List.of(),
                List.of(steps), Judgment.CORRECT, Map.of());
    }

    @Test
    void aPlainStepBecomesAHasStepWhoseChosenCandidateIsTheActionItTook() {
        Sample before = sample(Step.of("search first", SEARCH, "Bishkek is the capital."), Step.of(null, new FinalAnswer("Bishkek"), null));

        Sample after = StepCandidates.add(before, 0, List.of(NEW));

        Step step = after.steps().getFirst();
        assertThat(step.candidates()).containsExactly(new Candidate("search first", SEARCH), NEW);
        assertThat(step.chosen()).isZero();
        assertThat(step.effectiveAction()).isEqualTo(SEARCH);
        assertThat(step.effectiveThought()).contains("search first");
        assertThat(step.observation()).isEqualTo("Bishkek is the capital.");
        assertThat(after.steps().get(1)).isEqualTo(before.steps().get(1));
        assertThat(after.kind()).isEqualTo(SampleKind.TRAJECTORY);
        assertThat(after.candidateCount()).isEqualTo(2);
    }

    @Test
    void aHasStepGetsTheNewCandidatesAfterItsOwnAndKeepsItsChoice() {
        Step has = Step.decision(List.of(OTHER, new Candidate("t", SEARCH)), 1, "obs");

        Step step = StepCandidates.add(sample(has), 0, List.of(NEW, OTHER)).steps().getFirst();

        assertThat(step.candidates()).containsExactly(OTHER, new Candidate("t", SEARCH), NEW, OTHER);
        assertThat(step.chosen()).isEqualTo(1);
        assertThat(step.effectiveAction()).isEqualTo(SEARCH);
    }

    @Test
    void refusesAStepOutsideTheSampleAndAnEmptyList() {
        Sample one = sample(Step.of(null, SEARCH, "obs"));

        assertThatThrownBy(() -> StepCandidates.add(one, 1, List.of(NEW))).hasMessageContaining("step 2");
        assertThatThrownBy(() -> StepCandidates.add(one, 0, List.of())).hasMessageContaining("no candidate");
    }
}
