package org.trajectorystudio.model.flags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import org.trajectorystudio.model.edit.ToolSchemaValidator;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import org.trajectorystudio.model.tokens.SampleTokens;
import org.trajectorystudio.model.tokens.TokenBreakdown;

/**
 * Computes a sample's quality flags: pure, deterministic and cheap (one pass over the steps, no model). Each kind is
 * raised at most once per sample, at the first step it concerns; the reason names that step and counts any others.
 * Every flag is computed whatever the curator's {@link FlagSettings}; the settings choose which are shown.
 */
public final class QualityFlags {
    private QualityFlags() {}

    public static List<QualityFlag> of(Sample sample) {
        List<QualityFlag> flags = new ArrayList<>();
        repeatedCall(sample).ifPresent(flags::add);
        badResponses(sample, flags);
        noAnswer(sample).ifPresent(flags::add);
        answerMismatch(sample).ifPresent(flags::add);
        options(sample, flags);
        unchangedAnswer(sample).ifPresent(flags::add);
        invalidArguments(sample).ifPresent(flags::add);
        budgets(sample, flags);
        return List.copyOf(flags);
    }

    /**
     * A call made again with the same name and arguments that got the same response as before (or made twice in one
     * step): the agent learnt nothing new, a loop. A re-run answered differently (a test run again after an edit) is
     * not one.
     */
    private static Optional<QualityFlag> repeatedCall(Sample sample) {
        Map<String, Integer> firstStep = new HashMap<>();
        QualityFlag first = null;
        int repeats = 0;
        for (int i = 0; i < sample.steps().size(); i++) {
            Step step = sample.steps().get(i);
            java.util.Set<String> inStep = new java.util.HashSet<>();
            for (ToolCall call : step.toolCalls()) {
                String call_ = call.name() + "\u0000" + arguments(call);
                String key = call_ + "\u0000" + java.util.Objects.requireNonNullElse(step.observation(), "").strip();
                Integer earlier = firstStep.putIfAbsent(key, i + 1);
                boolean twiceHere = !inStep.add(call_);
                if (earlier != null || twiceHere) {
                    repeats++;
                    if (first == null) {
                        String where = twiceHere ? "twice in the step" : "of step " + earlier + " with the same response";
                        first = QualityFlag.at(FlagKind.REPEATED_CALL, i + 1, "step " + (i + 1) + " repeats the "
                                + call.name() + " call " + Reasons.clip(arguments(call), 60) + " " + where);
                    }
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(repeats == 1 ? first
                : QualityFlag.at(first.kind(), first.step(), first.reason() + " (" + repeats + " repeated calls in all)"));
    }

    private static void badResponses(Sample sample, List<QualityFlag> flags) {
        List<Integer> empty = new ArrayList<>();
        List<Integer> errors = new ArrayList<>();
        String firstError = null;
        for (int i = 0; i < sample.steps().size(); i++) {
            Step step = sample.steps().get(i);
            if (!executed(sample) || step.toolCalls().isEmpty()) {
                continue;
            }
            boolean unanswered = step.observation() == null && i == sample.steps().size() - 1;
            if (ToolResponses.isEmpty(step.observation()) && !unanswered) {
                // A last call with no response at all is a trajectory cut off (no-answer), not an empty response.
                empty.add(i + 1);
            } else {
                Optional<String> failure = ToolResponses.failure(step.observation());
                if (failure.isPresent()) {
                    errors.add(i + 1);
                    if (firstError == null) {
                        firstError = callNames(step) + " response: " + Reasons.quote(failure.get(), 80);
                    }
                }
            }
        }
        if (!empty.isEmpty()) {
            int step = empty.getFirst();
            flags.add(QualityFlag.at(FlagKind.EMPTY_RESPONSE, step, "step " + step + ": the "
                    + callNames(sample.steps().get(step - 1)) + " call got an empty response" + others(empty)));
        }
        if (!errors.isEmpty()) {
            flags.add(QualityFlag.at(FlagKind.ERROR_RESPONSE, errors.getFirst(),
                    "step " + errors.getFirst() + ": error in the " + firstError + others(errors)));
        }
    }

    /** Trajectories and HAS samples ran their tool calls; FAS samples never execute anything. */
    private static boolean executed(Sample sample) {
        return sample.kind() == SampleKind.TRAJECTORY || sample.kind() == SampleKind.HAS_DECISION;
    }

    private static Optional<QualityFlag> noAnswer(Sample sample) {
        if (!executed(sample)) {
            return Optional.empty();
        }
        int last = sample.steps().size();
        if (last == 0) {
            return Optional.of(QualityFlag.at(FlagKind.NO_ANSWER, 0, "the trajectory has no steps, so no answer"));
        }
        JsonNode terminationNode = sample.metadata().get("termination");
        String termination = terminationNode == null || !terminationNode.isValueNode() ? null : terminationNode.asString();
        if (termination != null && !termination.isBlank() && !termination.strip().equalsIgnoreCase("answer")) {
            return Optional.of(QualityFlag.at(FlagKind.NO_ANSWER, last,
                    "ends at step " + last + " with termination " + Reasons.quote(termination, 40) + ", not an answer"));
        }
        Action action = sample.steps().getLast().effectiveAction();
        if (!(action instanceof FinalAnswer) && !isFinishCall(action)) {
            return Optional.of(QualityFlag.at(FlagKind.NO_ANSWER, last,
                    "ends at step " + last + " with " + describe(action) + ", not an answer"));
        }
        return Optional.empty();
    }

    /** Agents that end by calling a tool (OpenHands/SWE-agent {@code finish}, {@code submit}) answered that way. */
    private static boolean isFinishCall(Action action) {
        return action instanceof ToolCalls calls && calls.calls().size() == 1
                && FINISH_TOOLS.contains(calls.calls().getFirst().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> FINISH_TOOLS = java.util.Set.of("finish", "submit", "final_answer", "answer");

    private static Optional<QualityFlag> answerMismatch(Sample sample) {
        if (sample.answer() == null || sample.answer().isBlank() || sample.steps().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> given = sample.finalAnswer();
        if (given.isEmpty() || AnswerMatch.exactMatch(given.get(), sample.answer())
                || AnswerMatch.covers(given.get(), sample.answer())) {
            return Optional.empty();
        }
        double f1 = AnswerMatch.tokenF1(given.get(), sample.answer());
        int step = sample.steps().size();
        return Optional.of(new QualityFlag(FlagKind.ANSWER_MISMATCH, step, f1, "step " + step + ": the answer "
                + Reasons.quote(given.get(), 50) + " is not the reference " + Reasons.quote(sample.answer(), 50)
                + " (token F1 " + Reasons.percent(f1) + ")"));
    }

    private static void options(Sample sample, List<QualityFlag> flags) {
        QualityFlag duplicate = null;
        QualityFlag notExecuted = null;
        for (int i = 0; i < sample.steps().size(); i++) {
            Step step = sample.steps().get(i);
            if (!step.isDecision()) {
                continue;
            }
            List<Candidate> candidates = step.candidates();
            for (int a = 0; a < candidates.size() && duplicate == null; a++) {
                for (int b = a + 1; b < candidates.size() && duplicate == null; b++) {
                    if (actionKey(candidates.get(a).action()).equals(actionKey(candidates.get(b).action()))) {
                        duplicate = QualityFlag.at(FlagKind.DUPLICATE_OPTIONS, i + 1, "step " + (i + 1) + ": options "
                                + (a + 1) + " and " + (b + 1) + " are the same action, " + describe(candidates.get(a).action()));
                    }
                }
            }
            Action chosen = candidates.get(step.chosen()).action();
            if (notExecuted == null && step.action() != null && !actionKey(step.action()).equals(actionKey(chosen))) {
                notExecuted = QualityFlag.at(FlagKind.CHOSEN_NOT_EXECUTED, i + 1, "step " + (i + 1) + ": option "
                        + (step.chosen() + 1) + " is chosen (" + describe(chosen) + ") but the step executed "
                        + describe(step.action()));
            }
        }
        if (duplicate != null) {
            flags.add(duplicate);
        }
        if (notExecuted != null) {
            flags.add(notExecuted);
        }
    }

    private static Optional<QualityFlag> unchangedAnswer(Sample sample) {
        if (sample.kind() != SampleKind.FAS_REASONING) {
            return Optional.empty();
        }
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < sample.steps().size(); i++) {
            if (sample.steps().get(i).effectiveAction() instanceof FinalAnswer) {
                answers.add(i);
            }
        }
        if (answers.size() < 2) {
            return Optional.empty();
        }
        String tentative = ((FinalAnswer) sample.steps().get(answers.getFirst()).effectiveAction()).text();
        String corrected = ((FinalAnswer) sample.steps().get(answers.getLast()).effectiveAction()).text();
        if (!AnswerMatch.exactMatch(tentative, corrected)) {
            return Optional.empty();
        }
        int step = answers.getLast() + 1;
        return Optional.of(QualityFlag.at(FlagKind.UNCHANGED_ANSWER, step, "step " + step + ": the corrected answer "
                + Reasons.quote(corrected, 60) + " equals the tentative answer of step " + (answers.getFirst() + 1)));
    }

    private static Optional<QualityFlag> invalidArguments(Sample sample) {
        Map<String, JsonNode> schemas = new HashMap<>();
        for (ToolSpec tool : sample.tools()) {
            if (tool.parameters() != null) {
                schemas.putIfAbsent(tool.name(), tool.parameters());
            }
        }
        QualityFlag first = null;
        int count = 0;
        for (int i = 0; i < sample.steps().size(); i++) {
            Step step = sample.steps().get(i);
            List<ActionAt> actions = new ArrayList<>();
            if (step.isDecision()) {
                for (int c = 0; c < step.candidates().size(); c++) {
                    actions.add(new ActionAt(step.candidates().get(c).action(), "option " + (c + 1) + " of step " + (i + 1)));
                }
                if (step.action() != null) {
                    actions.add(new ActionAt(step.action(), "step " + (i + 1)));
                }
            } else {
                actions.add(new ActionAt(step.action(), "step " + (i + 1)));
            }
            for (ActionAt at : actions) {
                if (!(at.action() instanceof ToolCalls calls)) {
                    continue;
                }
                for (ToolCall call : calls.calls()) {
                    Optional<String> problem = argumentProblem(call, schemas.get(call.name()));
                    if (problem.isPresent()) {
                        count++;
                        if (first == null) {
                            first = QualityFlag.at(FlagKind.INVALID_ARGUMENTS, i + 1,
                                    at.where() + ": the " + call.name() + " call's " + problem.get());
                        }
                    }
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(count == 1 ? first
                : QualityFlag.at(first.kind(), first.step(), first.reason() + " (" + count + " calls in all)"));
    }

    private record ActionAt(Action action, String where) {}

    private static Optional<String> argumentProblem(ToolCall call, JsonNode schema) {
        if (call.hasInvalidArguments()) {
            return Optional.of("arguments are not JSON: " + Reasons.quote(call.rawArguments(), 60));
        }
        if (!call.arguments().isObject()) {
            return Optional.of("arguments are " + Reasons.clip(Json.write(call.arguments()), 40) + ", not a JSON object");
        }
        List<String> problems = schema == null ? List.of() : ToolSchemaValidator.validate(schema, call.arguments());
        return problems.isEmpty() ? Optional.empty() : Optional.of("arguments do not fit its schema: " + problems.getFirst());
    }

    private static void budgets(Sample sample, List<QualityFlag> flags) {
        int total = SampleTokens.approximateTotal(sample);
        budget(sample, total, TokenBreakdown.STAGE_1_CONTEXT, FlagKind.OVER_32K, "32K stage-1", flags);
        budget(sample, total, TokenBreakdown.STAGE_2_CONTEXT, FlagKind.OVER_128K, "128K stage-2", flags);
    }

    private static void budget(Sample sample, int total, int limit, FlagKind kind, String name, List<QualityFlag> flags) {
        if (total <= limit) {
            return;
        }
        int step = crossingStep(sample, limit);
        String where = step == 0 ? "before its first step" : "at step " + step;
        flags.add(QualityFlag.at(kind, step, String.format(java.util.Locale.ROOT,
                "≈%,d tokens, over the %s budget of %,d %s", total, name, limit, where)));
    }

    /** The first step whose end takes the running total over the limit (0: the context alone is over). */
    private static int crossingStep(Sample sample, int limit) {
        int low = 0;
        int high = sample.steps().size();
        while (low < high) {
            int mid = (low + high) / 2;
            if (SampleTokens.approximateTotal(sample.withSteps(sample.steps().subList(0, mid))) > limit) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static String arguments(ToolCall call) {
        return call.hasInvalidArguments() ? call.rawArguments().strip() : Json.write(call.arguments());
    }

    /** What makes two actions the same action: type, tool names and arguments (not call ids), or the text. */
    static String actionKey(Action action) {
        return switch (action) {
            case ToolCalls calls -> "tool_calls:" + String.join("\u0001",
                    calls.calls().stream().map(call -> call.name() + "\u0000" + arguments(call)).toList());
            case FinalAnswer answer -> "answer:" + AnswerMatch.normalise(answer.text());
            default -> action.type() + ":" + actionText(action).strip();
        };
    }

    private static String actionText(Action action) {
        return switch (action) {
            case org.trajectorystudio.model.sample.Plan plan -> plan.text();
            case org.trajectorystudio.model.sample.Reasoning reasoning -> reasoning.text();
            case FinalAnswer answer -> answer.text();
            case ToolCalls calls -> "";
        };
    }

    private static String describe(Action action) {
        return switch (action) {
            case ToolCalls calls when calls.calls().isEmpty() -> "an empty tool call";
            case ToolCalls calls -> "a " + String.join(" + ", calls.calls().stream().map(ToolCall::name).toList())
                    + " call " + Reasons.clip(arguments(calls.calls().getFirst()), 40);
            case FinalAnswer answer -> "the answer " + Reasons.quote(answer.text(), 40);
            default -> "a " + action.type() + " action";
        };
    }

    private static String callNames(Step step) {
        return String.join(" + ", step.toolCalls().stream().map(ToolCall::name).distinct().toList());
    }

    private static String others(List<Integer> steps) {
        if (steps.size() == 1) {
            return "";
        }
        return " (also step" + (steps.size() > 2 ? "s " : " ")
                + String.join(", ", steps.subList(1, steps.size()).stream().map(String::valueOf).toList()) + ")";
    }
}
