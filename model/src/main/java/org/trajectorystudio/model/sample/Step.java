package org.trajectorystudio.model.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One assistant action turn: a thought, an action and (for executed tool calls) the real observation.
 *
 * <p>A HAS step lists every candidate in presented order and the index of the one taken; its own thought and action
 * may then be null, because they equal {@code candidates[chosen]}. Use {@link #effectiveAction()} and
 * {@link #effectiveThought()} rather than the raw components.
 *
 * @param user a follow-up user turn that came just before this step (multi-turn dialogues such as tau-bench); null
 *     when the step follows the question or the previous step's observation directly
 * @param thought may be null
 * @param action may be null only when the step has candidates
 * @param observation the real tool response, may be null
 * @param candidates empty for a non-HAS step
 * @param chosen index into candidates, null when there are none
 * @param metadata source fields that have no place in the canonical step; never null
 */
public record Step(
        String user,
        String thought,
        Action action,
        String observation,
        List<Candidate> candidates,
        Integer chosen,
        Map<String, JsonNode> metadata) {

    public Step {
        candidates = List.copyOf(candidates);
        metadata = Metadata.copyOf(metadata);
        if (candidates.isEmpty()) {
            if (action == null) {
                throw new IllegalArgumentException("a step without candidates needs an action");
            }
            if (chosen != null) {
                throw new IllegalArgumentException("'chosen' needs candidates");
            }
        } else if (chosen == null || chosen < 0 || chosen >= candidates.size()) {
            throw new IllegalArgumentException("'chosen' must index one of the " + candidates.size() + " candidates, was " + chosen);
        }
    }

    /** A step with no follow-up user turn before it (most steps). */
    public Step(String thought, Action action, String observation, List<Candidate> candidates, Integer chosen,
            Map<String, JsonNode> metadata) {
        this(null, thought, action, observation, candidates, chosen, metadata);
    }

    /** This step with the given follow-up user turn before it (null for none). */
    public Step withUser(String userTurn) {
        return new Step(userTurn, thought, action, observation, candidates, chosen, metadata);
    }

    /** A plain step: a thought, an action, maybe an observation. */
    public static Step of(String thought, Action action, String observation) {
        return new Step(thought, action, observation, List.of(), null, Map.of());
    }

    /** A HAS step whose own action is the chosen candidate. */
    public static Step decision(List<Candidate> candidates, int chosen, String observation) {
        return new Step(null, null, observation, candidates, chosen, Map.of());
    }

    public boolean isDecision() {
        return !candidates.isEmpty();
    }

    /** The action actually taken: the step's own, or else the chosen candidate's. */
    public Action effectiveAction() {
        return action != null ? action : candidates.get(chosen).action();
    }

    /** The thought behind the action actually taken, if any. */
    public Optional<String> effectiveThought() {
        if (thought != null || action != null) {
            return Optional.ofNullable(thought);
        }
        return Optional.ofNullable(candidates.get(chosen).thought());
    }

    /** The tool calls actually made at this step (empty when the action is not a tool call). */
    public List<ToolCall> toolCalls() {
        return effectiveAction() instanceof ToolCalls calls ? calls.calls() : List.of();
    }
}
