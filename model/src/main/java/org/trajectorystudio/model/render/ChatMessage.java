package org.trajectorystudio.model.render;

import java.util.List;
import java.util.Objects;
import org.trajectorystudio.model.sample.ToolCall;

/**
 * One turn of a rendered conversation.
 *
 * <p>A turn is either <em>flat</em> (its whole text in {@code content}, tool calls written inline: what the built-in
 * template and prompts use) or <em>structured</em> the way transformers hands messages to a chat template: the
 * visible text in {@code content}, the thought in {@code reasoning} ({@code reasoning_content}) and the calls in
 * {@code toolCalls}, so that the model's own template decides how they are written.
 *
 * @param role system, user, assistant or tool
 * @param reasoning the thought of a structured assistant turn; null for none
 * @param toolCalls the calls of a structured assistant turn; empty for none
 * @param trainable false for turns masked from the loss (tool responses: the model never writes them)
 * @param step 0-based step this turn belongs to, or -1 for system and question
 */
public record ChatMessage(String role, String content, String reasoning, List<ToolCall> toolCalls, boolean trainable, int step) {
    public static final String SYSTEM = "system";
    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
    public static final String TOOL = "tool";

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        toolCalls = List.copyOf(toolCalls);
    }

    /** A flat turn. */
    public ChatMessage(String role, String content, boolean trainable, int step) {
        this(role, content, null, List.of(), trainable, step);
    }

    /** True when the turn carries its thought or calls apart from its content. */
    public boolean structured() {
        return reasoning != null || !toolCalls.isEmpty();
    }
}
