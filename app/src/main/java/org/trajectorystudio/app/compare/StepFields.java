package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.trajectorystudio.model.compare.CandidateOptions;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/** The texts of a step (or of a HAS candidate) the curator compares, by label, in display order: thought, action, response. */
final class StepFields {
    static final String THOUGHT = "Thought";
    static final String CALLS = "Tool calls";
    static final String RESPONSE = "Response";

    private StepFields() {}

    static Map<String, String> of(Step step) {
        Map<String, String> fields = new LinkedHashMap<>();
        putAction(fields, step.effectiveThought().orElse(null), step.effectiveAction(), false);
        if (step.observation() != null) {
            fields.put(RESPONSE, step.observation().strip());
        }
        return fields;
    }

    /**
     * A HAS candidate's thought and action. Its tool arguments are pretty-printed, one value a line, so that two
     * candidates that query different things differ on the lines that say so.
     */
    static Map<String, String> of(Candidate candidate) {
        Map<String, String> fields = new LinkedHashMap<>();
        putAction(fields, candidate.thought(), candidate.action(), true);
        return fields;
    }

    private static void putAction(Map<String, String> fields, String thought, Action action, boolean pretty) {
        if (thought != null && !thought.isBlank()) {
            fields.put(THOUGHT, thought.strip());
        }
        switch (action) {
            case ToolCalls calls -> fields.put(CALLS, calls(calls.calls(), pretty));
            case FinalAnswer answer -> fields.put("Answer", answer.text().strip());
            case Plan plan -> fields.put("Plan", plan.text().strip());
            case Reasoning reasoning -> fields.put("Reasoning", reasoning.text().strip());
        }
    }

    /** A short description: "search", "search, visit", "answer". */
    static String title(Step step) {
        return CandidateOptions.summary(step.effectiveAction());
    }

    /** One call a line, {@code name {"arg": …}}. */
    static String calls(List<ToolCall> calls) {
        return calls(calls, false);
    }

    /** Calls one after the other; pretty: each call's name on a line of its own, then its arguments indented. */
    static String calls(List<ToolCall> calls, boolean pretty) {
        return calls.stream().map(call -> pretty ? prettyCall(call) : call(call)).collect(Collectors.joining("\n"));
    }

    static String call(ToolCall call) {
        return call.name() + " " + (call.hasInvalidArguments() ? call.rawArguments() : Json.write(call.arguments()));
    }

    static String prettyCall(ToolCall call) {
        return call.name() + "\n" + (call.hasInvalidArguments() ? call.rawArguments()
                : Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(call.arguments()));
    }

    /**
     * The right step's calls in the order that best follows the left's: parallel calls are a set, so the same calls in
     * another order should show no difference. Equal calls first, then calls of the same tool, then the rest in order.
     */
    static List<ToolCall> followOrder(List<ToolCall> left, List<ToolCall> right) {
        List<ToolCall> remaining = new ArrayList<>(right);
        List<ToolCall> ordered = new ArrayList<>();
        for (ToolCall call : left) {
            ToolCall match = remaining.stream().filter(other -> call(other).equals(call(call))).findFirst()
                    .or(() -> remaining.stream().filter(other -> other.name().equals(call.name())).findFirst())
                    .orElse(null);
            if (match != null) {
                remaining.remove(match);
                ordered.add(match);
            }
        }
        ordered.addAll(remaining);
        return ordered;
    }
}
