package org.trajectorystudio.model.export.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.ExportSamples;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;

class HasTextRendererTest {

    @Test
    void presentedOrderListsOptionsAndTheChoiceAsStored() {
        String text = new HasTextRenderer(0, false).render(ExportSamples.hasDecision()).text();
        assertThat(text).startsWith("Question: In which year was the first ascent of Mount Everest?\n\nI have 3 candidate actions.\n\nOption 1:\n<think>\nSearch for the year directly.\n</think>");
        assertThat(text).contains("\n\nOption 3:\n<think>\nI already know it.\n</think>\n\n<answer>\n1952\n</answer>\n\nI will choose option 1.\n\n"
                + "<tool_response>\nEdmund Hillary and Tenzing Norgay reached the summit on 29 May 1953.\n</tool_response>\n\nI have 2 candidate actions.");
        assertThat(text).endsWith("I will choose option 2.\n\nMy decision is Correct.");
    }

    @Test
    void editedCandidatesAreWhatIsExported() {
        String text = new HasTextRenderer(0, false).render(ExportSamples.hasDecisionEdited()).text();
        assertThat(text).contains("I have 4 candidate actions.", "<answer>\n1938\n</answer>", "Option 4:\n<think>\nAsk a mountaineering source.")
                .doesNotContain("1952");
    }

    @Test
    void shuffledOptionsStillPointAtTheChosenAction() {
        Sample sample = ExportSamples.hasDecisionEdited();
        Set<String> orders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            HasTextRenderer renderer = new HasTextRenderer(seed, true);
            String text = renderer.render(sample).text();
            int[] order = renderer.order(sample.id(), 0, 4);
            orders.add(java.util.Arrays.toString(order));
            int position = 0;
            while (order[position] != 0) {
                position++;
            }
            String chosenOption = "Option " + (position + 1) + ":\n<think>\nSearch for the year directly.";
            assertThat(text).as("seed %d", seed).contains(chosenOption).contains("I will choose option " + (position + 1) + ".");
            assertThat(renderer.render(sample).text()).as("same seed, same text").isEqualTo(text);
        }
        assertThat(orders).as("20 seeds give several different orders").hasSizeGreaterThan(5);
    }

    @Test
    void shuffleDependsOnSampleAndStepNotOnWhatElseIsRendered() {
        HasTextRenderer renderer = new HasTextRenderer(7, true);
        int[] first = renderer.order("a", 0, 8);
        renderer.render(ExportSamples.hasDecision());
        assertThat(renderer.order("a", 0, 8)).isEqualTo(first);
        assertThat(renderer.order("a", 1, 8)).isNotEqualTo(first);
        assertThat(renderer.order("b", 0, 8)).isNotEqualTo(first);
    }

    @Test
    void judgmentLineFollowsTheJudgmentAndIsLeftOutWhenUnknownOrCut() {
        assertThat(new HasTextRenderer(0, false).render(ExportSamples.hasIncorrect()).text()).endsWith("My decision is Incorrect.");
        Sample unknown = new Sample("u", SampleKind.HAS_DECISION, "Q", null, null, List.of(), List.of(),
                List.of(Step.decision(List.of(new Candidate(null, new FinalAnswer("A"))), 0, null)), Judgment.UNKNOWN, Map.of());
        String text = new HasTextRenderer(0, false).render(unknown).text();
        assertThat(text).isEqualTo("Question: Q\n\nI have 1 candidate action.\n\nOption 1:\n<answer>\nA\n</answer>\n\nI will choose option 1.");

        Rendered cut = new HasTextRenderer(0, false).render(ExportSamples.hasDecision(), 1);
        assertThat(cut.complete()).isFalse();
        assertThat(cut.text()).endsWith("</tool_response>").doesNotContain("My decision");
    }

    @Test
    void plainStepsOfATrajectoryAreWrittenAsTheActionTaken() {
        String text = new HasTextRenderer(0, false).render(ExportSamples.trajectory()).text();
        assertThat(text).doesNotContain("candidate").contains("<tool_call>").endsWith("</answer>\n\nMy decision is Correct.");
    }

    @Test
    void acceptsHasAndTrajectoriesOnly() {
        HasTextRenderer renderer = new HasTextRenderer(0, false);
        assertThat(renderer.accepts(ExportSamples.hasDecision())).isTrue();
        assertThat(renderer.accepts(ExportSamples.trajectory())).isTrue();
        assertThat(renderer.accepts(ExportSamples.fasPlanning())).isFalse();
        assertThat(renderer.accepts(ExportSamples.fasReasoning())).isFalse();
    }
}
