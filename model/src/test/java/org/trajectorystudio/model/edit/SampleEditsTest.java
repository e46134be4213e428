package org.trajectorystudio.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCalls;

class SampleEditsTest {
    private static List<String> options(Sample sample) {
        return sample.steps().getFirst().candidates().stream().map(c -> ((FinalAnswer) c.action()).text()).toList();
    }

    private static String chosen(Sample sample) {
        return ((FinalAnswer) sample.steps().getFirst().effectiveAction()).text();
    }

    @Test
    void editsTheQuestionThoughtResponseAnswerAndJudgmentLeavingTheRestAlone() {
        Sample original = EditSamples.trajectory();
        Sample edited = SampleEdits.question(original, "Who wrote Dune Messiah?");
        edited = SampleEdits.thought(edited, 0, -1, "Search for the author.");
        edited = SampleEdits.observation(edited, 0, "Frank Herbert (1920–1986) wrote Dune.");
        edited = SampleEdits.actionText(edited, 1, -1, "Frank Patrick Herbert");
        edited = SampleEdits.judgment(edited, Judgment.INCORRECT);

        assertThat(edited.question()).isEqualTo("Who wrote Dune Messiah?");
        assertThat(edited.steps().get(0).thought()).isEqualTo("Search for the author.");
        assertThat(edited.steps().get(0).observation()).startsWith("Frank Herbert (1920");
        assertThat(edited.finalAnswer()).contains("Frank Patrick Herbert");
        assertThat(edited.judgment()).isEqualTo(Judgment.INCORRECT);
        assertThat(edited.steps().get(0).action()).isEqualTo(original.steps().get(0).action());
        assertThat(edited.tools()).isEqualTo(original.tools());
        assertThat(original.question()).isEqualTo("Who wrote Dune?");
    }

    @Test
    void replacesAToolCallsNameAndArgumentsKeepingItsId() {
        Sample edited = SampleEdits.toolCall(EditSamples.trajectory(), 0, -1, 0, " search ", Json.tryParse("{\"query\":[\"Dune novel\"]}"));

        var call = edited.steps().getFirst().toolCalls().getFirst();
        assertThat(call.id()).isEqualTo("c1");
        assertThat(call.name()).isEqualTo("search");
        assertThat(Json.write(call.arguments())).isEqualTo("{\"query\":[\"Dune novel\"]}");
        assertThatThrownBy(() -> SampleEdits.toolCall(EditSamples.trajectory(), 1, -1, 0, "search", Json.object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("makes no tool call");
        assertThatThrownBy(() -> SampleEdits.toolCall(EditSamples.trajectory(), 0, -1, 3, "search", Json.object()))
                .hasMessageContaining("no call 4");
    }

    @Test
    void promotingAnOptionMakesItTheActionTaken() {
        Sample promoted = SampleEdits.promote(EditSamples.has(), 0, 2);

        assertThat(promoted.steps().getFirst().chosen()).isEqualTo(2);
        assertThat(chosen(promoted)).isEqualTo("C");
    }

    @Test
    void promotingDropsTheStepsOwnCopyOfTheOldChoice() {
        Sample has = EditSamples.has();
        Step withCopy = new Step("answer B", new FinalAnswer("B"), null, has.steps().getFirst().candidates(), 1, java.util.Map.of());
        Sample promoted = SampleEdits.promote(has.withSteps(List.of(withCopy)), 0, 0);

        assertThat(chosen(promoted)).isEqualTo("A");
        assertThat(promoted.steps().getFirst().effectiveThought()).contains("answer A");
    }

    @Test
    void addingDeletingAndMovingOptionsKeepsTheChosenOneChosen() {
        Sample has = EditSamples.has();

        Sample added = SampleEdits.addCandidate(has, 0, 0, EditSamples.answer("Z"));
        assertThat(options(added)).containsExactly("Z", "A", "B", "C");
        assertThat(chosen(added)).isEqualTo("B");

        Sample deleted = SampleEdits.deleteCandidate(has, 0, 0);
        assertThat(options(deleted)).containsExactly("B", "C");
        assertThat(chosen(deleted)).isEqualTo("B");
        assertThatThrownBy(() -> SampleEdits.deleteCandidate(has, 0, 1)).hasMessageContaining("chosen candidate cannot be deleted");

        Sample movedChosen = SampleEdits.moveCandidate(has, 0, 1, 2);
        assertThat(options(movedChosen)).containsExactly("A", "C", "B");
        assertThat(chosen(movedChosen)).isEqualTo("B");

        Sample movedOther = SampleEdits.moveCandidate(has, 0, 2, 0);
        assertThat(options(movedOther)).containsExactly("C", "A", "B");
        assertThat(chosen(movedOther)).isEqualTo("B");

        Sample movedDown = SampleEdits.moveCandidate(has, 0, 0, 2);
        assertThat(options(movedDown)).containsExactly("B", "C", "A");
        assertThat(chosen(movedDown)).isEqualTo("B");
    }

    @Test
    void editingTheChosenOptionChangesWhatTheStepDoes() {
        Sample has = EditSamples.has();
        Step withCopy = new Step("answer B", new FinalAnswer("B"), null, has.steps().getFirst().candidates(), 1, java.util.Map.of());
        Sample edited = SampleEdits.actionText(has.withSteps(List.of(withCopy)), 0, 1, "B, Paris");

        assertThat(chosen(edited)).isEqualTo("B, Paris");
        assertThat(options(edited)).containsExactly("A", "B, Paris", "C");
    }

    @Test
    void fasReasoningEditsKnowledgeAndTentativeAndCorrectedAnswers() {
        Sample fas = EditSamples.fasReasoning();
        Sample edited = SampleEdits.knowledge(fas, List.of("k one", "  ", "k three "));
        edited = SampleEdits.actionText(edited, 0, -1, "tentative, fixed");
        edited = SampleEdits.actionText(edited, 1, -1, "better reasoning");
        edited = SampleEdits.actionText(edited, 2, -1, "corrected, fixed");

        assertThat(edited.knowledge()).containsExactly("k one", "k three");
        assertThat(edited.steps().get(0).action()).isEqualTo(new FinalAnswer("tentative, fixed"));
        assertThat(edited.steps().get(1).action()).isEqualTo(new Plan("better reasoning"));
        assertThat(edited.finalAnswer()).contains("corrected, fixed");
        assertThatThrownBy(() -> SampleEdits.actionText(fas, 0, -1, " ")).hasMessageContaining("cannot be empty");
    }

    @Test
    void aFirstActionThatIsAToolCallCannotBeEditedAsText() {
        assertThatThrownBy(() -> SampleEdits.actionText(EditSamples.trajectory(), 0, -1, "x"))
                .hasMessageContaining("is a tool call");
        assertThat(EditSamples.trajectory().steps().getFirst().action()).isInstanceOf(ToolCalls.class);
        assertThat(new Candidate(null, new FinalAnswer("x")).thought()).isNull();
    }

    @Test
    void canonicalTextPutsEveryFieldAndArrayElementOnItsOwnLine() {
        String text = CanonicalText.of(EditSamples.trajectory());

        assertThat(text.lines()).contains("  \"question\" : \"Who wrote Dune?\",");
        assertThat(text.lines().filter(line -> line.strip().equals("\"Dune author\""))).hasSize(1);
    }
}
