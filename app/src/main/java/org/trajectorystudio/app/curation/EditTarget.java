package org.trajectorystudio.app.curation;

import java.util.Arrays;
import java.util.Optional;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.model.edit.SampleEdits;
import org.trajectorystudio.model.edit.ToolArguments;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/**
 * What the editor edits for a selected tree node: its title, the text (and for a tool call the name) it starts
 * with, and how the typed text becomes the edited sample. Pure: no JavaFX, so it is tested directly.
 *
 * @param name the tool name, or null when the part has no name field
 */
public record EditTarget(String title, String name, String text, Editor editor) {

    /** Turns the typed name and text into the edited sample; throws {@link IllegalArgumentException} with the reason. */
    @FunctionalInterface
    public interface Editor {
        Sample apply(Sample sample, String name, String text);
    }

    public boolean hasName() {
        return name != null;
    }

    public Sample apply(Sample sample, String typedName, String typedText) {
        return editor.apply(sample, typedName, typedText);
    }

    /** The editable part behind a tree node, if it has one. */
    public static Optional<EditTarget> of(Sample sample, NodeType type, NodeRef ref) {
        int step = ref.step();
        int candidate = ref.candidate();
        return Optional.ofNullable(switch (type) {
            case QUESTION -> new EditTarget("Question", null, sample.question(), (s, n, t) -> SampleEdits.question(s, t));
            case SYSTEM -> new EditTarget("System prompt", null, sample.system(), (s, n, t) -> SampleEdits.system(s, t));
            case REFERENCE_ANSWER -> new EditTarget("Reference answer", null, sample.answer(), (s, n, t) -> SampleEdits.referenceAnswer(s, t));
            case JUDGMENT -> new EditTarget("Judgment (correct, incorrect or unknown)", null, sample.judgment().wireName(),
                    (s, n, t) -> SampleEdits.judgment(s, Judgment.fromWireName(t)));
            case KNOWLEDGE, KNOWLEDGE_ITEM -> new EditTarget("Knowledge statements (one per paragraph)", null,
                    String.join("\n\n", sample.knowledge()),
                    (s, n, t) -> SampleEdits.knowledge(s, Arrays.asList(t.split("\\n\\s*\\n"))));
            case THOUGHT -> new EditTarget(where(step, candidate) + " · thought", null, thought(sample, step, candidate),
                    (s, n, t) -> SampleEdits.thought(s, step, candidate, t));
            case TOOL_RESPONSE -> new EditTarget(where(step, -1) + " · tool response", null, sample.steps().get(step).observation(),
                    (s, n, t) -> SampleEdits.observation(s, step, t));
            case ANSWER, PLAN, REASONING -> new EditTarget(where(step, candidate) + " · " + textTitle(type), null,
                    actionText(action(sample, step, candidate)), (s, n, t) -> SampleEdits.actionText(s, step, candidate, t));
            case TOOL_CALL -> toolCall(sample, step, candidate, ref.call());
            default -> null;
        });
    }

    private static EditTarget toolCall(Sample sample, int step, int candidate, int call) {
        if (!(action(sample, step, candidate) instanceof ToolCalls calls) || call < 0 || call >= calls.calls().size()) {
            return null;
        }
        ToolCall current = calls.calls().get(call);
        String arguments = current.hasInvalidArguments()
                ? current.rawArguments()
                : Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(current.arguments());
        return new EditTarget(where(step, candidate) + " · tool call", current.name(), arguments, (s, n, t) ->
                switch (ToolArguments.check(s, n, t)) {
                    case ToolArguments.Valid valid -> SampleEdits.toolCall(s, step, candidate, call, valid.name(), valid.arguments());
                    case ToolArguments.Invalid invalid -> throw new IllegalArgumentException(invalid.reason());
                });
    }

    private static Action action(Sample sample, int step, int candidate) {
        Step s = sample.steps().get(step);
        return candidate >= 0 ? s.candidates().get(candidate).action() : s.effectiveAction();
    }

    private static String thought(Sample sample, int step, int candidate) {
        Step s = sample.steps().get(step);
        if (candidate >= 0) {
            Candidate c = s.candidates().get(candidate);
            return c.thought();
        }
        return s.effectiveThought().orElse("");
    }

    private static String actionText(Action action) {
        return switch (action) {
            case FinalAnswer answer -> answer.text();
            case Plan plan -> plan.text();
            case Reasoning reasoning -> reasoning.text();
            case ToolCalls calls -> "";
        };
    }

    private static String textTitle(NodeType type) {
        return switch (type) {
            case PLAN -> "analysis";
            case REASONING -> "reasoning";
            default -> "answer";
        };
    }

    static String where(int step, int candidate) {
        return "Step " + (step + 1) + (candidate >= 0 ? " · option " + (candidate + 1) : "");
    }
}
