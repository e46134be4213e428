package org.trajectorystudio.app.trajectory;

import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/** Renders a step the way the model sees it: {@code <think>}, {@code <tool_call>}, {@code <tool_response>}, {@code <answer>}. */
public final class TaggedText {
    private TaggedText() {}

    public static String of(Step step) {
        StringBuilder text = new StringBuilder(of(step.effectiveThought().orElse(null), step.effectiveAction()));
        if (step.observation() != null) {
            text.append("\n<tool_response>\n").append(step.observation()).append("\n</tool_response>");
        }
        return text.toString();
    }

    public static String of(String thought, Action action) {
        StringBuilder text = new StringBuilder();
        if (thought != null) {
            text.append("<think>\n").append(thought).append("\n</think>\n");
        }
        switch (action) {
            case ToolCalls calls -> {
                for (ToolCall call : calls.calls()) {
                    text.append("<tool_call>\n").append(OutlineBuilder.callDetail(call)).append("\n</tool_call>\n");
                }
            }
            case FinalAnswer answer -> text.append("<answer>\n").append(answer.text()).append("\n</answer>\n");
            case Plan plan -> text.append(plan.text()).append('\n');
            case Reasoning reasoning -> text.append(reasoning.text()).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
