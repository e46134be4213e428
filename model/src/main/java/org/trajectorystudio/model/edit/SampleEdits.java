package org.trajectorystudio.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
import tools.jackson.databind.JsonNode;

/**
 * The edits a curator can make, as pure functions from a sample to the edited sample. Steps, candidates and calls are
 * 0-based here; {@code candidate < 0} means the step's own action (for a HAS step whose own action is omitted, the
 * chosen candidate's). Invalid addresses throw {@link IllegalArgumentException} with a one-line reason.
 */
public final class SampleEdits {
    private SampleEdits() {}

    public static Sample question(Sample sample, String text) {
        requireText(text, "the question");
        return new Sample(sample.id(), sample.kind(), text, sample.answer(), sample.system(), sample.tools(),
                sample.knowledge(), sample.steps(), sample.judgment(), sample.metadata());
    }

    /** The reference (ground-truth) answer; blank removes it. */
    public static Sample referenceAnswer(Sample sample, String text) {
        return new Sample(sample.id(), sample.kind(), sample.question(), blankToNull(text), sample.system(), sample.tools(),
                sample.knowledge(), sample.steps(), sample.judgment(), sample.metadata());
    }

    public static Sample system(Sample sample, String text) {
        return new Sample(sample.id(), sample.kind(), sample.question(), sample.answer(), blankToNull(text), sample.tools(),
                sample.knowledge(), sample.steps(), sample.judgment(), sample.metadata());
    }

    public static Sample judgment(Sample sample, Judgment judgment) {
        return new Sample(sample.id(), sample.kind(), sample.question(), sample.answer(), sample.system(), sample.tools(),
                sample.knowledge(), sample.steps(), judgment, sample.metadata());
    }

    /** FAS reasoning: the knowledge statements, blank ones dropped. */
    public static Sample knowledge(Sample sample, List<String> statements) {
        List<String> kept = statements.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Sample(sample.id(), sample.kind(), sample.question(), sample.answer(), sample.system(), sample.tools(),
                kept, sample.steps(), sample.judgment(), sample.metadata());
    }

    /** The thought behind a step's (or a candidate's) action; blank removes it. */
    public static Sample thought(Sample sample, int step, int candidate, String text) {
        String thought = blankToNull(text);
        return withStep(sample, step, s -> {
            int target = target(s, candidate);
            if (target < 0) {
                return new Step(s.user(), thought, s.action(), s.observation(), s.candidates(), s.chosen(), s.metadata());
            }
            return withCandidate(s, target, c -> new Candidate(thought, c.action()));
        });
    }

    /** Replaces one tool call's name and arguments (its id stays). */
    public static Sample toolCall(Sample sample, int step, int candidate, int call, String name, JsonNode arguments) {
        requireText(name, "the tool name");
        return withAction(sample, step, candidate, action -> {
            if (!(action instanceof ToolCalls calls)) {
                throw new IllegalArgumentException("step " + (step + 1) + " makes no tool call");
            }
            checkIndex(call, calls.calls().size(), "call");
            List<ToolCall> list = new ArrayList<>(calls.calls());
            list.set(call, ToolCall.parsed(list.get(call).id(), name.strip(), arguments));
            return new ToolCalls(list);
        });
    }

    /** The text of an answer, plan or reasoning action (final, tentative or corrected answer; FAS analysis). */
    public static Sample actionText(Sample sample, int step, int candidate, String text) {
        requireText(text, "the text");
        return withAction(sample, step, candidate, action -> switch (action) {
            case FinalAnswer answer -> new FinalAnswer(text);
            case Plan plan -> new Plan(text);
            case Reasoning reasoning -> new Reasoning(text);
            case ToolCalls calls -> throw new IllegalArgumentException("step " + (step + 1) + " is a tool call, not a text");
        });
    }

    /** The real tool response of a step; blank removes it. */
    public static Sample observation(Sample sample, int step, String text) {
        return withStep(sample, step, s -> new Step(s.user(), s.thought(), s.action(), blankToNull(text), s.candidates(), s.chosen(), s.metadata()));
    }

    /**
     * HAS: makes a candidate the action taken. When the step also stores its own thought/action (equal to the old
     * chosen candidate), they are dropped so that the step's action is the new choice.
     */
    public static Sample promote(Sample sample, int step, int candidate) {
        boolean changes = step >= 0 && step < sample.steps().size() && sample.steps().get(step).isDecision()
                && sample.steps().get(step).chosen() != candidate;
        Sample promoted = withStep(sample, step, s -> {
            checkIndex(candidate, s.candidates().size(), "candidate");
            return new Step(s.user(), null, null, s.observation(), s.candidates(), candidate, s.metadata());
        });
        // The step's response (and all after it) answered the action taken before, not this one.
        return changes ? NotExecuted.mark(promoted, step) : promoted;
    }

    /** HAS: adds a candidate at {@code index} (the chosen one keeps being chosen). */
    public static Sample addCandidate(Sample sample, int step, int index, Candidate candidate) {
        return withStep(sample, step, s -> {
            if (!s.isDecision()) {
                throw new IllegalArgumentException("step " + (step + 1) + " has no candidates");
            }
            checkIndex(index, s.candidates().size() + 1, "position");
            List<Candidate> list = new ArrayList<>(s.candidates());
            list.add(index, candidate);
            int chosen = s.chosen() >= index ? s.chosen() + 1 : s.chosen();
            return new Step(s.user(), s.thought(), s.action(), s.observation(), list, chosen, s.metadata());
        });
    }

    /** HAS: deletes a candidate that is not the chosen one. */
    public static Sample deleteCandidate(Sample sample, int step, int candidate) {
        return withStep(sample, step, s -> {
            checkIndex(candidate, s.candidates().size(), "candidate");
            if (candidate == s.chosen()) {
                throw new IllegalArgumentException("the chosen candidate cannot be deleted; promote another one first");
            }
            List<Candidate> list = new ArrayList<>(s.candidates());
            list.remove(candidate);
            int chosen = s.chosen() > candidate ? s.chosen() - 1 : s.chosen();
            return new Step(s.user(), s.thought(), s.action(), s.observation(), list, chosen, s.metadata());
        });
    }

    /** HAS: moves a candidate to another position; the chosen one stays chosen wherever it goes. */
    public static Sample moveCandidate(Sample sample, int step, int from, int to) {
        return withStep(sample, step, s -> {
            checkIndex(from, s.candidates().size(), "candidate");
            checkIndex(to, s.candidates().size(), "position");
            List<Candidate> list = new ArrayList<>(s.candidates());
            Candidate moved = list.remove(from);
            list.add(to, moved);
            int chosen;
            if (s.chosen() == from) {
                chosen = to;
            } else {
                chosen = s.chosen() - (s.chosen() > from ? 1 : 0);
                chosen += chosen >= to ? 1 : 0;
            }
            return new Step(s.user(), s.thought(), s.action(), s.observation(), list, chosen, s.metadata());
        });
    }

    // ---------------------------------------------------------------- addressing

    private static Sample withStep(Sample sample, int step, UnaryOperator<Step> change) {
        checkIndex(step, sample.steps().size(), "step");
        List<Step> steps = new ArrayList<>(sample.steps());
        steps.set(step, change.apply(steps.get(step)));
        return sample.withSteps(steps);
    }

    private static Sample withAction(Sample sample, int step, int candidate, UnaryOperator<Action> change) {
        return withStep(sample, step, s -> {
            int target = target(s, candidate);
            if (target < 0) {
                return new Step(s.user(), s.thought(), change.apply(s.action()), s.observation(), s.candidates(), s.chosen(), s.metadata());
            }
            return withCandidate(s, target, c -> new Candidate(c.thought(), change.apply(c.action())));
        });
    }

    /** The candidate an edit lands on, or -1 for the step's own thought and action. */
    private static int target(Step step, int candidate) {
        if (candidate >= 0) {
            checkIndex(candidate, step.candidates().size(), "candidate");
            return candidate;
        }
        return step.action() == null ? step.chosen() : -1;
    }

    /** Editing the chosen candidate drops the step's own copy of it, so that the edit is what the step does. */
    private static Step withCandidate(Step step, int index, UnaryOperator<Candidate> change) {
        List<Candidate> list = new ArrayList<>(step.candidates());
        list.set(index, change.apply(list.get(index)));
        boolean chosen = index == step.chosen();
        return new Step(step.user(), chosen ? null : step.thought(), chosen ? null : step.action(), step.observation(), list,
                step.chosen(), step.metadata());
    }

    private static void checkIndex(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("there is no " + what + " " + (index + 1) + " (there are " + size + ")");
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " cannot be empty");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
