package org.trajectorystudio.model.tokens;

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
import org.trajectorystudio.model.sample.ToolSpec;

/** Splits a sample's tokens by role. Counts content only; chat-template overhead is the export's business. */
public final class SampleTokens {
    private SampleTokens() {}

    /** The approximate total the library lists and sorts by; the same figure the budget bar shows. */
    public static int approximateTotal(Sample sample) {
        return breakdown(sample, ApproximateTokenCounter.INSTANCE).total();
    }

    public static TokenBreakdown breakdown(Sample sample, TokenCounter counter) {
        int tools = 0;
        for (ToolSpec tool : sample.tools()) {
            tools += counter.count(tool.name()) + counter.count(tool.description())
                    + (tool.parameters() == null ? 0 : counter.count(Json.write(tool.parameters())));
        }
        int knowledge = sample.knowledge().stream().mapToInt(counter::count).sum();
        int thoughts = 0;
        int toolCalls = 0;
        int responses = 0;
        int answer = 0;
        int candidates = 0;
        for (Step step : sample.steps()) {
            thoughts += step.effectiveThought().map(counter::count).orElse(0);
            Action action = step.effectiveAction();
            switch (action) {
                case ToolCalls calls -> toolCalls += calls.calls().stream().mapToInt(call -> callTokens(call, counter)).sum();
                case FinalAnswer finalAnswer -> answer += counter.count(finalAnswer.text());
                case Plan plan -> thoughts += counter.count(plan.text());
                case Reasoning reasoning -> thoughts += counter.count(reasoning.text());
            }
            responses += counter.count(step.observation());
            if (step.isDecision()) {
                for (int i = 0; i < step.candidates().size(); i++) {
                    if (i != step.chosen()) {
                        candidates += candidateTokens(step.candidates().get(i), counter);
                    }
                }
            }
        }
        return new TokenBreakdown(counter.count(sample.system()), tools, counter.count(sample.question()), knowledge,
                thoughts, toolCalls, responses, answer, candidates);
    }

    /** Tokens of a call as the model writes it: name plus JSON arguments. */
    public static int callTokens(ToolCall call, TokenCounter counter) {
        String arguments = call.hasInvalidArguments() ? call.rawArguments() : Json.write(call.arguments());
        return counter.count(call.name()) + counter.count(arguments);
    }

    /** Tokens of a HAS candidate: its thought and its action. */
    public static int candidateTokens(Candidate candidate, TokenCounter counter) {
        int thought = counter.count(candidate.thought());
        return thought + switch (candidate.action()) {
            case ToolCalls calls -> calls.calls().stream().mapToInt(call -> callTokens(call, counter)).sum();
            case FinalAnswer finalAnswer -> counter.count(finalAnswer.text());
            case Plan plan -> counter.count(plan.text());
            case Reasoning reasoning -> counter.count(reasoning.text());
        };
    }
}
