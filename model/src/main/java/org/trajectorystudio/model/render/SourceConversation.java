package org.trajectorystudio.model.render;

import org.trajectorystudio.model.text.Tags;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;

/**
 * A sample in its source's own convention. A source that wrote its turns as text (Tongyi DeepResearch, WebDancer:
 * {@code <tool_call>} in the assistant text, {@code <tool_response>} user turns) gets each turn exactly as written
 * while the step is unedited ({@link SourceTexts}); a source of structured messages (OpenAI {@code tool_calls}) gets
 * them back as structured messages.
 */
public final class SourceConversation {
    private SourceConversation() {}

    public static List<ChatMessage> upTo(Sample sample, int stepIndex) {
        if (!writtenAsText(sample)) {
            return Conversation.structured(sample, stepIndex);
        }
        List<ChatMessage> messages = new ArrayList<>(Conversation.upTo(sample, 0));
        for (int i = 0; i < stepIndex; i++) {
            Step step = sample.steps().get(i);
            if (step.user() != null) {
                messages.add(new ChatMessage(ChatMessage.USER, step.user(), false, i));
            }
            messages.add(new ChatMessage(ChatMessage.ASSISTANT, SourceTexts.sourceAssistant(step), true, i));
            for (String response : SourceTexts.sourceObservations(step)) {
                messages.add(new ChatMessage(ChatMessage.USER, response, false, i));
            }
        }
        if (stepIndex == sample.steps().size() && sample.metadata().get(SourceHints.TRAILING_USER) instanceof tools.jackson.databind.JsonNode trailing
                && trailing.isString() && stepIndex > 0) {
            messages.add(new ChatMessage(ChatMessage.USER, trailing.stringValue(), false, stepIndex - 1));
        }
        return messages;
    }

    /** True when the source wrote tool calls and responses into the turns' text. */
    static boolean writtenAsText(Sample sample) {
        for (Step step : sample.steps()) {
            if (step.metadata().containsKey(SourceHints.SOURCE_TEXT)) {
                return true;
            }
            if (step.metadata().containsKey(SourceHints.THOUGHT_AS)) {
                return false;
            }
        }
        return mentions(sample.system()) || mentions(sample.question());
    }

    private static boolean mentions(String text) {
        return text != null && (text.contains(Tags.TOOL_CALL) || text.contains(Tags.TOOL_RESPONSE));
    }
}
