package org.trajectorystudio.inference.export;

import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;

/** Samples for the inference module's export and template tests (the model's test fixtures are not visible here). */
public final class TestSamples {
    private TestSamples() {}

    public static List<ToolSpec> tools() {
        return List.of(new ToolSpec("search", "Web search for the query.",
                Json.MAPPER.readTree("{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"query\"]}")));
    }

    public static Action search(String query) {
        return new ToolCalls(List.of(ToolCall.parsed("c1", "search", Json.MAPPER.readTree("{\"query\":[\"" + query + "\"]}"))));
    }

    /** Every step has a thought, so that Qwen3's own template renders it exactly like the built-in one. */
    public static Sample trajectory(String id, int searches) {
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 1; i <= searches; i++) {
            steps.add(Step.of("the search number " + i, search("the query " + i), "the answer tool search result " + i));
        }
        steps.add(Step.of("the answer", new FinalAnswer("Derby"), null));
        return new Sample(id, SampleKind.TRAJECTORY, "the query of the Derby?", "Derby", "the tool search answer", tools(), List.of(),
                steps, Judgment.CORRECT, Map.of());
    }
}
