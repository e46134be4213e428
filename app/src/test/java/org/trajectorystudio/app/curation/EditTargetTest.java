package org.trajectorystudio.app.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.trajectory.OutlineBuilder;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/** Every editable node of the outline maps to the part of the sample it shows. */
class EditTargetTest {
    private static final Sample PLANNING = new Sample("p1", SampleKind.FAS_PLANNING, "Plan a trip", null, null, List.of(),
            List.of(), List.of(Step.of(null, new Plan("first look up trains"), null),
                    Step.of(null, new ToolCalls(List.of(ToolCall.parsed(null, "search", Json.tryParse("{\"query\":[\"trains\"]}")))), null)),
            Judgment.UNKNOWN, Map.of());
    private static final Sample REASONING = new Sample("r1", SampleKind.FAS_REASONING, "How old?", null, null, List.of(),
            List.of("k1", "k2"), List.of(Step.of(null, new FinalAnswer("40"), null), Step.of(null, new FinalAnswer("42"), null)),
            Judgment.UNKNOWN, Map.of());

    private static OutlineNode node(Sample sample, NodeType type, int nth) {
        return OutlineBuilder.build(sample).flatten().filter(n -> n.type() == type).skip(nth).findFirst().orElseThrow();
    }

    private static Sample edit(Sample sample, NodeType type, int nth, String name, String text) {
        OutlineNode node = node(sample, type, nth);
        EditTarget target = EditTarget.of(sample, node.type(), node.ref()).orElseThrow();
        return target.apply(sample, name, text);
    }

    @Test
    void fasPlanningEditsTheAnalysisAndTheFirstAction() {
        assertThat(edit(PLANNING, NodeType.PLAN, 0, null, "look up flights").steps().getFirst().action())
                .isEqualTo(new Plan("look up flights"));
        EditTarget call = EditTarget.of(PLANNING, NodeType.TOOL_CALL, node(PLANNING, NodeType.TOOL_CALL, 0).ref()).orElseThrow();
        assertThat(call.name()).isEqualTo("search");
        assertThat(call.text()).contains("\"trains\"");
        assertThat(Json.write(call.apply(PLANNING, "search", "{\"query\":[\"flights\"]}").steps().get(1).toolCalls().getFirst().arguments()))
                .isEqualTo("{\"query\":[\"flights\"]}");
        assertThatThrownBy(() -> call.apply(PLANNING, "search", "{\"query\":")).hasMessageStartingWith("arguments are not valid JSON");
    }

    @Test
    void fasReasoningEditsKnowledgeAndTheTentativeAndCorrectedAnswers() {
        assertThat(edit(REASONING, NodeType.KNOWLEDGE, 0, null, "k1\n\nk2 fixed\n\n\nk3").knowledge()).containsExactly("k1", "k2 fixed", "k3");
        assertThat(edit(REASONING, NodeType.ANSWER, 0, null, "41").steps().getFirst().action()).isEqualTo(new FinalAnswer("41"));
        assertThat(edit(REASONING, NodeType.ANSWER, 1, null, "43").finalAnswer()).contains("43");
        assertThat(edit(REASONING, NodeType.QUESTION, 0, null, "How old is he?").question()).isEqualTo("How old is he?");
        assertThat(edit(REASONING, NodeType.JUDGMENT, 0, null, "incorrect").judgment()).isEqualTo(Judgment.INCORRECT);
        assertThatThrownBy(() -> edit(REASONING, NodeType.JUDGMENT, 0, null, "maybe")).hasMessageContaining("unknown judgment");
    }

    @Test
    void stepsAndTheSampleRootHaveNothingToEditAsText() {
        assertThat(EditTarget.of(REASONING, NodeType.STEP, NodeRef.step(0))).isEmpty();
        assertThat(EditTarget.of(REASONING, NodeType.SAMPLE, NodeRef.SAMPLE)).isEmpty();
    }
}
