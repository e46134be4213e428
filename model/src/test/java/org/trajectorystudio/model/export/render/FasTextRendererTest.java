package org.trajectorystudio.model.export.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.ExportSamples;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;

class FasTextRendererTest {
    private final FasTextRenderer renderer = new FasTextRenderer();

    @Test
    void planningIsQuestionAnalysisFirstAction() {
        assertThat(renderer.render(ExportSamples.fasPlanning()).text()).isEqualTo(
                "Question: Which club did the 2007 Ballon d'Or winner play for in 2003?\n\n"
                        + "Analysis:\n1. Identify the 2007 Ballon d'Or winner.\n2. Find the club he played for in 2003.\n\n"
                        + "First action:\n<think>\nStart with the award winner.\n</think>\n\n<tool_call>\n"
                        + "{\"name\":\"search\",\"arguments\":{\"query\":[\"2007 Ballon d'Or winner\"]}}\n</tool_call>");
    }

    @Test
    void reasoningIsQuestionTentativeAnswerKnowledgeReasoningAnswer() {
        assertThat(renderer.render(ExportSamples.fasReasoning()).text()).isEqualTo(
                "Question: Who rode the winner of the 1964 Epsom Derby?\n\n"
                        + "Initial thought: From memory, Lester Piggott dominated the Derby in that era.\n\n"
                        + "Tentative answer: Lester Piggott\n\n"
                        + "Knowledge:\n- Santa Claus won the 1964 Epsom Derby.\n- Santa Claus was ridden by Scobie Breasley in the Derby.\n"
                        + "- Lester Piggott won the Derby nine times, but not in 1964.\n\n"
                        + "Reasoning:\nThe knowledge says Santa Claus won in 1964 and that Piggott did not win that year.\n\n"
                        + "So the rider was the one named for Santa Claus.\n\n"
                        + "Answer: Scobie Breasley");
    }

    @Test
    void aSingleAnswerIsTheAnswerWithoutATentativeOne() {
        Sample sample = new Sample("r", SampleKind.FAS_REASONING, "Q", null, null, List.of(), List.of("K"),
                List.of(Step.of("because K", new FinalAnswer("A"), null)), Judgment.UNKNOWN, Map.of());
        assertThat(renderer.render(sample).text()).isEqualTo("Question: Q\n\nKnowledge:\n- K\n\nReasoning:\nbecause K\n\nAnswer: A");
    }

    @Test
    void onlyFasKindsAndNeverTruncated() {
        assertThat(renderer.accepts(ExportSamples.fasPlanning())).isTrue();
        assertThat(renderer.accepts(ExportSamples.fasReasoning())).isTrue();
        assertThat(renderer.accepts(ExportSamples.trajectory())).isFalse();
        assertThat(renderer.accepts(ExportSamples.hasDecision())).isFalse();
        assertThat(renderer.truncatable()).isFalse();
    }
}
