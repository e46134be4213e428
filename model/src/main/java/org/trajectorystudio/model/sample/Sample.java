package org.trajectorystudio.model.sample;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One training sample in the canonical {@code trajectory-studio/v1} form.
 *
 * @param id stable id: the source's own, else a content hash ({@link SampleIds})
 * @param answer the ground-truth answer, may be null
 * @param system the system prompt, may be null
 * @param metadata every source field that has no place here; never null, keeps source order
 */
public record Sample(
        String id,
        SampleKind kind,
        String question,
        String answer,
        String system,
        List<ToolSpec> tools,
        List<String> knowledge,
        List<Step> steps,
        Judgment judgment,
        Map<String, JsonNode> metadata) {

    public static final String SCHEMA = "trajectory-studio/v1";

    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(judgment, "judgment");
        tools = List.copyOf(tools);
        knowledge = List.copyOf(knowledge);
        steps = List.copyOf(steps);
        metadata = Metadata.copyOf(metadata);
    }

    public Sample withId(String newId) {
        return new Sample(newId, kind, question, answer, system, tools, knowledge, steps, judgment, metadata);
    }

    public Sample withSteps(List<Step> newSteps) {
        return new Sample(id, kind, question, answer, system, tools, knowledge, newSteps, judgment, metadata);
    }

    /** The final answer the trajectory gave, if its last action is one. */
    public Optional<String> finalAnswer() {
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return steps.getLast().effectiveAction() instanceof FinalAnswer answerAction
                ? Optional.of(answerAction.text())
                : Optional.empty();
    }

    public int toolCallCount() {
        return steps.stream().mapToInt(step -> step.toolCalls().size()).sum();
    }

    public int candidateCount() {
        return steps.stream().mapToInt(step -> step.candidates().size()).sum();
    }
}
