package org.trajectorystudio.persistence.store;

import java.util.List;
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

/**
 * A model-free token estimate (about 4 characters per token for English text and JSON) used for filtering and
 * sorting in the library. Exact counts come from a real tokenizer at export time.
 */
public final class TokenEstimator {
    private static final int CHARS_PER_TOKEN = 4;

    private TokenEstimator() {}

    public static int estimate(Sample sample) {
        long chars = length(sample.question()) + length(sample.system());
        for (ToolSpec tool : sample.tools()) {
            chars += length(tool.name()) + length(tool.description())
                    + (tool.parameters() == null ? 0 : tool.parameters().toString().length());
        }
        for (String statement : sample.knowledge()) {
            chars += statement.length();
        }
        for (Step step : sample.steps()) {
            chars += length(step.thought()) + length(step.observation()) + actionLength(step.action());
            for (Candidate candidate : step.candidates()) {
                chars += length(candidate.thought()) + actionLength(candidate.action());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN);
    }

    private static long actionLength(Action action) {
        return switch (action) {
            case null -> 0;
            case ToolCalls calls -> callsLength(calls.calls());
            case FinalAnswer answer -> answer.text().length();
            case Plan plan -> plan.text().length();
            case Reasoning reasoning -> reasoning.text().length();
        };
    }

    private static long callsLength(List<ToolCall> calls) {
        long chars = 0;
        for (ToolCall call : calls) {
            chars += call.name().length() + 12
                    + (call.hasInvalidArguments() ? call.rawArguments().length() : call.arguments().toString().length());
        }
        return chars;
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }
}
