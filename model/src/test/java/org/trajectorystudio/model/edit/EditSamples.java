package org.trajectorystudio.model.edit;

import java.util.List;
import java.util.Map;
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
import org.trajectorystudio.model.sample.ToolSpec;

/** Small samples of each kind for the edit tests. */
final class EditSamples {
    private EditSamples() {}

    static final String SEARCH_SCHEMA = """
            {"type":"object","properties":{"query":{"type":"array","items":{"type":"string"}},
             "lang":{"type":"string","enum":["en","de"]}},"required":["query"],"additionalProperties":false}""";

    static Sample trajectory() {
        return new Sample("t1", SampleKind.TRAJECTORY, "Who wrote Dune?", "Frank Herbert", null,
                List.of(new ToolSpec("search", "web search", Json.tryParse(SEARCH_SCHEMA))), List.of(),
                List.of(Step.of("I should search.", new ToolCalls(List.of(ToolCall.parsed("c1", "search", Json.tryParse("{\"query\":[\"Dune author\"]}")))),
                                "Frank Herbert wrote Dune."),
                        Step.of("Found it.", new FinalAnswer("Frank Herbert"), null)),
                Judgment.CORRECT, Map.of());
    }

    static Candidate answer(String text) {
        return new Candidate("answer " + text, new FinalAnswer(text));
    }

    /** One HAS step with options A, B, C; B (index 1) chosen. */
    static Sample has() {
        return new Sample("h1", SampleKind.HAS_DECISION, "Capital of France?", null, null, List.of(), List.of(),
                List.of(Step.decision(List.of(answer("A"), answer("B"), answer("C")), 1, null)), Judgment.CORRECT, Map.of());
    }

    static Sample fasReasoning() {
        return new Sample("f1", SampleKind.FAS_REASONING, "How tall is it?", null, null, List.of(), List.of("k one", "k two"),
                List.of(Step.of(null, new FinalAnswer("tentative"), null), Step.of(null, new Plan("reasoning"), null),
                        Step.of(null, new FinalAnswer("corrected"), null)),
                Judgment.UNKNOWN, Map.of());
    }
}
