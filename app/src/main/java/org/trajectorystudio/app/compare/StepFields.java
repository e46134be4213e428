package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/** The texts of a step the curator compares, by label, in display order: thought, action, response. */
final class StepFields {
    static final String THOUGHT = "Thought";
    static final String CALLS = "Tool calls";
    static final String RESPONSE = "Response";

    private StepFields() {}

    static Map<String, String> of(Step step) {
        Map<String, String> fields = new LinkedHashMap<>();
        step.effectiveThought().filter(text -> !text.isBlank()).ifPresent(text -> fields.put(THOUGHT, text.strip()));
        switch (step.effectiveAction()) {
            case ToolCalls calls -> fields.put(CALLS, calls(calls.calls()));
            case FinalAnswer answer -> fields.put("Answer", answer.text().strip());
            case Plan plan -> fields.put("Plan", plan.text().strip());
            case Reasoning reasoning -> fields.put("Reasoning", reasoning.text().strip());
        }
        if (step.observation() != null) {
            fields.put(RESPONSE, step.observation().strip());
        }
        return fields;
    }

    /** A short description: "search", "search, visit", "answer". */
    static String title(Step step) {
        return switch (step.effectiveAction()) {
            case ToolCalls calls -> calls.calls().stream().map(ToolCall::name).collect(Collectors.joining(", "));
            case FinalAnswer answer -> "answer";
            case Plan plan -> "plan";
            case Reasoning reasoning -> "reasoning";
        };
    }

    /** One call a line, {@code name {"arg": …}}. */
    static String calls(List<ToolCall> calls) {
        return calls.stream().map(StepFields::call).collect(Collectors.joining("\n"));
    }

    static String call(ToolCall call) {
        return call.name() + " " + (call.hasInvalidArguments() ? call.rawArguments() : Json.write(call.arguments()));
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
