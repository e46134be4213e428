package org.trajectorystudio.model.judge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/** Fills a rubric's variables from a sample: the text a judge model is sent. Tool responses are cut to keep it short. */
public final class JudgePrompt {
    /** Characters of each tool response kept in {@code {{steps}}}. */
    static final int RESPONSE_CHARS = 1500;

    private JudgePrompt() {}

    /**
     * @param step the 0-based HAS step a per-step rubric asks about (its earlier steps are {@code {{steps}}}); ignored
     *     for a per-sample rubric, which sees every step
     */
    public static String render(Rubric rubric, Sample sample, int step) {
        Map<String, String> values = new HashMap<>();
        values.put("question", sample.question());
        values.put("reference", sample.answer() == null ? "(none given)" : sample.answer());
        values.put("answer", sample.finalAnswer().orElse("(the trajectory ends without an answer)"));
        List<Step> shown = rubric.perStep() ? sample.steps().subList(0, step) : sample.steps();
        values.put("steps", steps(shown));
        values.put("step", Integer.toString(step + 1));
        if (rubric.perStep()) {
            values.put("options", options(sample.steps().get(step).candidates()));
        }
        return rubric.render(values);
    }

    static String steps(List<Step> steps) {
        if (steps.isEmpty()) {
            return "(none yet)";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            text.append("Step ").append(i + 1).append(":\n");
            step.effectiveThought().ifPresent(thought -> text.append("  Thought: ").append(thought.strip()).append('\n'));
            text.append("  Action: ").append(describe(step.effectiveAction())).append('\n');
            if (step.observation() != null) {
                String response = step.observation().strip();
                text.append("  Response: ").append(response.length() <= RESPONSE_CHARS ? response
                        : response.substring(0, RESPONSE_CHARS) + " […]").append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    static String options(List<Candidate> candidates) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            text.append(i + 1).append(". ");
            if (candidate.thought() != null && !candidate.thought().isBlank()) {
                text.append(candidate.thought().strip()).append(" → ");
            }
            text.append(describe(candidate.action())).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String describe(Action action) {
        return switch (action) {
            case ToolCalls calls -> String.join("; ", calls.calls().stream().map(JudgePrompt::call).toList());
            case FinalAnswer answer -> "answer: " + answer.text().strip();
            case Plan plan -> "plan: " + plan.text().strip();
            case Reasoning reasoning -> "reasoning: " + reasoning.text().strip();
        };
    }

    private static String call(ToolCall call) {
        return call.name() + " " + (call.hasInvalidArguments() ? call.rawArguments() : Json.write(call.arguments()));
    }
}
