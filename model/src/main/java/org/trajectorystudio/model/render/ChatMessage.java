package org.trajectorystudio.model.render;

import java.util.Objects;

/**
 * One turn of a rendered conversation.
 *
 * @param role system, user, assistant or tool
 * @param trainable false for turns masked from the loss (tool responses: the model never writes them)
 * @param step 0-based step this turn belongs to, or -1 for system and question
 */
public record ChatMessage(String role, String content, boolean trainable, int step) {
    public static final String SYSTEM = "system";
    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
    public static final String TOOL = "tool";

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
