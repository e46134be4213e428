package org.trajectorystudio.model.compare;

import java.util.List;
import java.util.Locale;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/**
 * What a step's comparison looks at, prepared once per step: its effective action (so a HAS step is the candidate it
 * chose) and its effective thought. Observations are not compared: they are the environment's, not the agent's.
 *
 * @param thought null when the step has no (or a blank) thought
 */
record StepProfile(ActionProfile action, TextProfile thought) {

    sealed interface ActionProfile {}

    record Calls(List<CallProfile> calls) implements ActionProfile {}

    /** An answer, plan or reasoning text; {@code type} is the action's wire type. */
    record Text(String type, TextProfile text) implements ActionProfile {}

    /**
     * @param name the tool name folded to lower-case letters and digits ("google_scholar" = "GoogleScholar")
     * @param arguments null when the call kept raw (invalid JSON) arguments
     * @param flat the arguments as one text, for comparing raw arguments with anything
     */
    record CallProfile(String name, ArgumentProfile arguments, TextProfile flat) {
        static CallProfile of(ToolCall call) {
            String name = call.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            if (call.hasInvalidArguments()) {
                return new CallProfile(name, null, TextProfile.of(call.rawArguments()));
            }
            return new CallProfile(name, ArgumentProfile.of(call.arguments()), TextProfile.of(Json.write(call.arguments())));
        }
    }

    static StepProfile of(Step step) {
        ActionProfile action = switch (step.effectiveAction()) {
            case ToolCalls calls -> new Calls(calls.calls().stream().map(CallProfile::of).toList());
            case FinalAnswer answer -> new Text(answer.type(), TextProfile.of(answer.text()));
            case Plan plan -> new Text(plan.type(), TextProfile.of(plan.text()));
            case Reasoning reasoning -> new Text(reasoning.type(), TextProfile.of(reasoning.text()));
        };
        TextProfile thought = step.effectiveThought().filter(text -> !text.isBlank()).map(TextProfile::of).orElse(null);
        return new StepProfile(action, thought);
    }
}
