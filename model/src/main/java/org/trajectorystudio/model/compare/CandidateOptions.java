package org.trajectorystudio.model.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;
import org.trajectorystudio.model.tokens.SampleTokens;

/**
 * The candidate actions of one HAS decision step as a candidate comparison offers them: each with a label that says
 * which one was chosen, and its approximate tokens; which two to show first; how alike two of them are.
 *
 * @param step 0-based step index
 * @param observation the step's real tool response (it follows the chosen action), or null
 */
public record CandidateOptions(int step, int stepCount, List<Option> options, int chosen, String observation) {

    /**
     * One candidate.
     *
     * @param index 0-based position in the presented order
     * @param summary what it does: "search", "search, visit", "answer"
     * @param tokens approximate tokens of its thought and action
     */
    public record Option(int index, boolean chosen, String summary, Candidate candidate, int tokens) {
        /** "Option 2 · search · chosen": what the pickers show. */
        public String label() {
            return "Option " + (index + 1) + " · " + summary + (chosen ? " · chosen" : "");
        }
    }

    /** Which option goes on which side (0-based indexes). */
    public record Pair(int left, int right) {}

    public CandidateOptions {
        options = List.copyOf(options);
    }

    /**
     * The options of a sample's step; throws {@link IllegalArgumentException} with a one-line reason when the step
     * does not exist, is not a HAS decision step, or has fewer than two candidates.
     */
    public static CandidateOptions of(Sample sample, int step) {
        if (step < 0 || step >= sample.steps().size()) {
            throw new IllegalArgumentException("select a step of the trajectory (it has " + sample.steps().size() + " steps)");
        }
        Step decision = sample.steps().get(step);
        if (!decision.isDecision()) {
            throw new IllegalArgumentException("step " + (step + 1) + " of " + sample.id() + " has no candidate actions (not a HAS decision step)");
        }
        if (decision.candidates().size() < 2) {
            throw new IllegalArgumentException("step " + (step + 1) + " of " + sample.id() + " has only one candidate action: nothing to compare");
        }
        List<Option> options = new ArrayList<>(decision.candidates().size());
        for (int i = 0; i < decision.candidates().size(); i++) {
            Candidate candidate = decision.candidates().get(i);
            options.add(new Option(i, i == decision.chosen(), summary(candidate.action()), candidate,
                    SampleTokens.candidateTokens(candidate, ApproximateTokenCounter.INSTANCE)));
        }
        return new CandidateOptions(step, sample.steps().size(), options, decision.chosen(), decision.observation());
    }

    /**
     * The first pair to show: the chosen option on the left; on the right the selected one ({@code selected}, -1 for
     * none), or when that is the chosen one or out of range, the first other option.
     */
    public Pair defaultPair(int selected) {
        if (selected >= 0 && selected < options.size() && selected != chosen) {
            return new Pair(chosen, selected);
        }
        return new Pair(chosen, chosen == 0 ? 1 : 0);
    }

    public Option option(int index) {
        return options.get(index);
    }

    /** Right minus left, approximate tokens. */
    public int tokenDifference(Pair pair) {
        return option(pair.right()).tokens() - option(pair.left()).tokens();
    }

    /** How alike two options are, in [0, 1], by the same measure the step alignment uses. */
    public double similarity(Pair pair) {
        return StepSimilarity.of(asStep(option(pair.left()).candidate()), asStep(option(pair.right()).candidate()));
    }

    /** A short description of an action: "search", "search, visit", "answer", "plan", "reasoning". */
    public static String summary(Action action) {
        return switch (action) {
            case ToolCalls calls -> calls.calls().isEmpty() ? "no call"
                    : calls.calls().stream().map(ToolCall::name).collect(Collectors.joining(", "));
            case FinalAnswer answer -> "answer";
            case Plan plan -> "plan";
            case Reasoning reasoning -> "reasoning";
        };
    }

    private static Step asStep(Candidate candidate) {
        return Step.of(candidate.thought(), candidate.action(), null);
    }
}
