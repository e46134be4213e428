package org.trajectorystudio.inference.engine;

import java.util.List;
import java.util.Objects;
import org.trajectorystudio.model.render.ChatMessage;

/**
 * What to complete: either chat messages, which the engine renders with the model's own chat template, or a raw prompt
 * that is sent as it stands.
 *
 * @param messages the chat, or null for a raw prompt
 * @param prompt the raw prompt, or null for a chat
 */
public record CompletionRequest(List<ChatMessage> messages, String prompt, Sampling sampling) {
    private static final String TOOL_RESPONSE = "<tool_response>";

    public CompletionRequest {
        if ((messages == null) == (prompt == null)) {
            throw new IllegalArgumentException("a completion request has either messages or a prompt");
        }
        if (messages != null) {
            messages = List.copyOf(messages);
            if (messages.isEmpty()) {
                throw new IllegalArgumentException("a chat request needs at least one message");
            }
        }
        Objects.requireNonNull(sampling, "sampling");
    }

    public static CompletionRequest chat(List<ChatMessage> messages, Sampling sampling) {
        return new CompletionRequest(messages, null, sampling);
    }

    public static CompletionRequest text(String prompt, Sampling sampling) {
        return new CompletionRequest(null, prompt, sampling);
    }

    public boolean isChat() {
        return messages != null;
    }

    public CompletionRequest withSampling(Sampling newSampling) {
        return new CompletionRequest(messages, prompt, newSampling);
    }

    /**
     * The messages as every engine sends them: a tool response becomes a user turn wrapped in
     * {@code <tool_response>…</tool_response>}, as Tongyi DeepResearch's agents send it. Servers and llama.cpp then
     * need no tool-call ids, and models trained on that convention see what they were trained on.
     */
    public List<ChatMessage> inferenceMessages() {
        if (messages == null) {
            throw new IllegalStateException("a raw-prompt request has no messages");
        }
        return messages.stream()
                .map(message -> message.role().equals(ChatMessage.TOOL)
                        ? new ChatMessage(ChatMessage.USER, toolResponse(message.content()), false, message.step())
                        : message)
                .toList();
    }

    private static String toolResponse(String observation) {
        String text = observation.strip();
        return text.startsWith(TOOL_RESPONSE) ? text : TOOL_RESPONSE + "\n" + text + "\n</tool_response>";
    }
}
