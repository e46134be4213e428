package org.trajectorystudio.app.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

class OutlineBuilderTest {

    private static ToolCalls search(String query) {
        return new ToolCalls(List.of(ToolCall.parsed("c", "search", Json.MAPPER.readTree("{\"query\":[\"" + query + "\"]}"))));
    }

    private static Sample sample(SampleKind kind, List<Step> steps, List<String> knowledge) {
        return new Sample("id", kind, "Who won?", "Santa Claus", null, List.of(), knowledge, steps, Judgment.CORRECT, Map.of());
    }

    @Test
    void hasStepShowsEveryCandidateAsASiblingWithTheChosenOneMarked() {
        Step decision = Step.decision(List.of(
                new Candidate("think a", search("derby 1964")),
                new Candidate("think b", new FinalAnswer("too early")),
                new Candidate(null, search("epsom winner"))), 2, "results");
        OutlineNode outline = OutlineBuilder.build(sample(SampleKind.HAS_DECISION, List.of(decision), List.of()));

        OutlineNode step = outline.children().stream().filter(n -> n.type() == NodeType.STEP).findFirst().orElseThrow();
        List<OutlineNode> options = step.children().stream().filter(n -> n.type() == NodeType.CANDIDATE).toList();
        assertThat(options).hasSize(3);
        assertThat(options).extracting(OutlineNode::chosen).containsExactly(false, false, true);
        assertThat(options.get(2).title()).startsWith("Option 3 ✓ chosen").contains("epsom winner");
        assertThat(options.get(1).ref()).isEqualTo(new NodeRef(0, 1, -1));
        assertThat(step.title()).contains("3 options, chose 3");
        assertThat(step.children()).extracting(OutlineNode::type).endsWith(NodeType.TOOL_RESPONSE);
    }

    @Test
    void aFollowUpUserTurnIsAUserNodeBeforeTheStepsAction() {
        Sample sample = sample(SampleKind.TRAJECTORY, List.of(
                Step.of(null, new FinalAnswer("Which year?"), null),
                Step.of(null, new FinalAnswer("Santa Claus"), null).withUser("1964, the Derby")), List.of());

        OutlineNode second = OutlineBuilder.build(sample).children().get(2);

        assertThat(second.children()).extracting(OutlineNode::type).containsExactly(NodeType.USER, NodeType.ANSWER);
        assertThat(second.children().getFirst().title()).isEqualTo("User · 1964, the Derby");
        assertThat(OutlineBuilder.build(sample).children().get(1).children()).extracting(OutlineNode::type)
                .containsExactly(NodeType.ANSWER);
    }

    @Test
    void trajectoryReadsQuestionStepsAnswerAndJudgmentInOrder() {
        Sample sample = sample(SampleKind.TRAJECTORY, List.of(
                Step.of("look it up", search("epsom derby 1964"), "## Web Results\n1. [Santa Claus (horse)](https://en.wikipedia.org/wiki/Santa_Claus_(horse))"),
                Step.of("found", new FinalAnswer("Santa Claus"), null)), List.of());

        OutlineNode outline = OutlineBuilder.build(sample);

        assertThat(outline.children()).extracting(OutlineNode::type)
                .containsExactly(NodeType.QUESTION, NodeType.STEP, NodeType.STEP, NodeType.REFERENCE_ANSWER, NodeType.JUDGMENT);
        OutlineNode first = outline.children().get(1);
        assertThat(first.children()).extracting(OutlineNode::type)
                .containsExactly(NodeType.THOUGHT, NodeType.TOOL_CALL, NodeType.TOOL_RESPONSE);
        assertThat(first.children().get(1).title()).isEqualTo("search query=[\"epsom derby 1964\"]");
        assertThat(first.detail()).contains("<think>", "<tool_call>", "<tool_response>");
        assertThat(outline.children().get(2).title()).contains("answer: Santa Claus");
    }

    @Test
    void fasKindsGetTheirOwnStepNames() {
        OutlineNode planning = OutlineBuilder.build(sample(SampleKind.FAS_PLANNING,
                List.of(Step.of(null, new Plan("1. find the race"), null), Step.of("start broad", search("x"), null)), List.of()));
        assertThat(planning.children()).extracting(OutlineNode::title)
                .anyMatch(t -> t.startsWith("Analysis")).anyMatch(t -> t.startsWith("First action"));

        OutlineNode reasoning = OutlineBuilder.build(sample(SampleKind.FAS_REASONING,
                List.of(Step.of("recall", new FinalAnswer("A1"), null), Step.of("check", new FinalAnswer("A2"), null)),
                List.of("Santa Claus won the 1964 Derby.", "He was trained by Mick Rogers.")));
        assertThat(reasoning.children()).extracting(OutlineNode::title)
                .anyMatch(t -> t.startsWith("Knowledge · 2 statements"))
                .anyMatch(t -> t.startsWith("Tentative answer · answer: A1"))
                .anyMatch(t -> t.startsWith("Corrected answer · answer: A2"));
    }

    @Test
    void invalidArgumentsAreFlaggedInTheTitle() {
        Step step = Step.of(null, new ToolCalls(List.of(ToolCall.unparsed("c", "visit", "{\"url\": [broken"))), "err");
        OutlineNode outline = OutlineBuilder.build(sample(SampleKind.TRAJECTORY, List.of(step), List.of()));
        OutlineNode call = outline.flatten().filter(n -> n.type() == NodeType.TOOL_CALL).findFirst().orElseThrow();
        assertThat(call.title()).startsWith("⚠ visit (invalid arguments)");
        assertThat(call.detail()).contains("not valid JSON");
    }

    @Test
    void aToolCallDetailIsValidJsonEvenWhenTheNameNeedsEscaping() {
        ToolCall call = ToolCall.parsed("c", "odd \"name\"", Json.MAPPER.readTree("{\"q\": [\"a\"]}"));
        String detail = OutlineBuilder.callDetail(call);

        var parsed = Json.MAPPER.readTree(detail);
        assertThat(parsed.get("name").stringValue()).isEqualTo("odd \"name\"");
        assertThat(parsed.get("arguments")).isEqualTo(call.arguments());
    }
}
