package org.trajectorystudio.model.render;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.text.Tags;
import org.trajectorystudio.model.text.ToolCallText;
import tools.jackson.databind.JsonNode;

/**
 * A sample as the chat a model is trained on or prompted with, in the Tongyi DeepResearch / Qwen3 conventions:
 * assistant turns hold {@code <think>…</think>} then {@code <tool_call>{json}</tool_call>} blocks or
 * {@code <answer>…</answer>}; each real tool response is a {@code tool} turn (chat templates render it as a user turn
 * wrapped in {@code <tool_response>}). HAS steps contribute the action actually taken.
 */
public final class Conversation {
    private Conversation() {}

    /** The whole sample. */
    public static List<ChatMessage> of(Sample sample) {
        return upTo(sample, sample.steps().size());
    }

    /**
     * The context a model sees before step {@code stepIndex}: system, question, and every earlier step with its
     * real response. {@code upTo(sample, 0)} is system + question.
     */
    public static List<ChatMessage> upTo(Sample sample, int stepIndex) {
        if (stepIndex < 0 || stepIndex > sample.steps().size()) {
            throw new IllegalArgumentException("step " + stepIndex + " is outside 0.." + sample.steps().size());
        }
        List<ChatMessage> messages = new ArrayList<>();
        if (sample.system() != null && !sample.system().isBlank()) {
            messages.add(new ChatMessage(ChatMessage.SYSTEM, sample.system(), false, -1));
        }
        messages.add(new ChatMessage(ChatMessage.USER, question(sample), false, -1));
        for (int i = 0; i < stepIndex; i++) {
            Step step = sample.steps().get(i);
            if (step.user() != null) {
                messages.add(new ChatMessage(ChatMessage.USER, step.user(), false, i));
            }
            messages.add(new ChatMessage(ChatMessage.ASSISTANT, assistantText(step.effectiveThought().orElse(null), step.effectiveAction()), true, i));
            if (step.observation() != null) {
                messages.add(new ChatMessage(ChatMessage.TOOL, step.observation(), false, i));
            }
        }
        trailingUser(sample, stepIndex, messages);
        return messages;
    }

    /**
     * The conversation as structured messages, the way transformers hands them to a chat template: each assistant
     * turn's thought as {@code reasoning} (or as content where the source wrote it so), its calls as {@code toolCalls}
     * with parsed arguments, its answer as content ({@code <answer>}-tagged when the system prompt asks for that tag),
     * each tool result a {@code tool} turn of its own, follow-up user turns where they came.
     */
    public static List<ChatMessage> structured(Sample sample, int stepIndex) {
        if (stepIndex < 0 || stepIndex > sample.steps().size()) {
            throw new IllegalArgumentException("step " + stepIndex + " is outside 0.." + sample.steps().size());
        }
        List<ChatMessage> messages = new ArrayList<>();
        if (sample.system() != null && !sample.system().isBlank()) {
            messages.add(new ChatMessage(ChatMessage.SYSTEM, sample.system(), false, -1));
        }
        messages.add(new ChatMessage(ChatMessage.USER, question(sample), false, -1));
        boolean answerTag = sample.system() != null && sample.system().contains(Tags.ANSWER);
        for (int i = 0; i < stepIndex; i++) {
            Step step = sample.steps().get(i);
            if (step.user() != null) {
                messages.add(new ChatMessage(ChatMessage.USER, step.user(), false, i));
            }
            messages.add(structuredAssistant(step, answerTag, i));
            if (step.observation() != null) {
                for (String result : ToolResults.split(step)) {
                    messages.add(new ChatMessage(ChatMessage.TOOL, result, false, i));
                }
            }
        }
        trailingUser(sample, stepIndex, messages);
        return messages;
    }

    private static ChatMessage structuredAssistant(Step step, boolean answerTag, int index) {
        String thought = step.effectiveThought().orElse(null);
        JsonNode thoughtAs = step.metadata().get(SourceHints.THOUGHT_AS);
        boolean thoughtIsContent = thoughtAs != null && SourceHints.THOUGHT_AS_CONTENT.equals(thoughtAs.asString());
        String content = switch (step.effectiveAction()) {
            case ToolCalls ignored -> "";
            case FinalAnswer answer -> answerTag ? Tags.ANSWER + answer.text() + Tags.ANSWER_END : answer.text();
            case Plan plan -> plan.text();
            case Reasoning reasoning -> reasoning.text();
        };
        if (thoughtIsContent && thought != null) {
            content = content.isEmpty() ? thought : thought + "\n\n" + content;
            thought = null;
        }
        return new ChatMessage(ChatMessage.ASSISTANT, content, thought, step.toolCalls(), true, index);
    }

    /** The user turn after the last step, once the conversation has reached it. */
    private static void trailingUser(Sample sample, int stepIndex, List<ChatMessage> messages) {
        JsonNode trailing = sample.metadata().get(SourceHints.TRAILING_USER);
        if (stepIndex == sample.steps().size() && stepIndex > 0 && trailing != null && trailing.isString()) {
            messages.add(new ChatMessage(ChatMessage.USER, trailing.stringValue(), false, stepIndex - 1));
        }
    }

    /** The question, with the knowledge statements of a FAS reasoning sample after it. */
    public static String question(Sample sample) {
        if (sample.knowledge().isEmpty()) {
            return sample.question();
        }
        StringBuilder text = new StringBuilder(sample.question()).append("\n\nKnowledge:");
        for (String statement : sample.knowledge()) {
            text.append("\n- ").append(statement);
        }
        return text.toString();
    }

    /** An assistant turn in the model's own words: the tag syntax in the prompt layout ({@link TaggedText#write}). */
    public static String assistantText(String thought, Action action) {
        return TaggedText.write(thought, action, TaggedText.Layout.PROMPT);
    }

    /** {@code {"name": …, "arguments": …}}; arguments that were not JSON are written back verbatim. */
    public static String toolCallJson(ToolCall call) {
        return ToolCallText.compactJson(call);
    }
}
