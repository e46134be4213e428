package org.trajectorystudio.model.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;

/** Builders for constructed trajectories; JSON is written with single quotes for readability. */
final class Steps {
    private Steps() {}

    static JsonNode json(String singleQuoted) {
        JsonNode node = Json.tryParse(singleQuoted.replace('\'', '"'));
        if (node == null) {
            throw new IllegalArgumentException("bad test JSON: " + singleQuoted);
        }
        return node;
    }

    static ToolCall call(String name, String singleQuotedArguments) {
        return ToolCall.parsed(null, name, json(singleQuotedArguments));
    }

    static ToolCalls calls(ToolCall... calls) {
        return new ToolCalls(List.of(calls));
    }

    static Step step(String thought, Action action) {
        return Step.of(thought, action, action instanceof ToolCalls ? "a tool response" : null);
    }

    static Step step(Action action) {
        return step(null, action);
    }

    static Step search(String... queries) {
        String list = String.join("','", queries);
        return step(calls(call("search", "{'query':['" + list + "']}")));
    }

    static Step visit(String url, String goal) {
        return step(calls(call("visit", "{'url':['" + url + "'],'goal':'" + goal + "'}")));
    }

    static Step python(String code) {
        return step(calls(call("PythonInterpreter", "{'code':'" + code + "'}")));
    }

    static Step answer(String text) {
        return step(new FinalAnswer(text));
    }

    /** A HAS step: the candidates in presented order and the one taken. */
    static Step decision(int chosen, Action... candidates) {
        List<Candidate> options = Arrays.stream(candidates).map(action -> new Candidate("option thought", action)).toList();
        return Step.decision(options, chosen, "a tool response");
    }

    static Sample sample(List<Step> steps) {
        return new Sample("id", SampleKind.TRAJECTORY, "a question", null, null, List.of(), List.of(), steps,
                Judgment.UNKNOWN, Map.of());
    }
}
