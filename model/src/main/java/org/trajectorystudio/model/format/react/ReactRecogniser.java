package org.trajectorystudio.model.format.react;

import static org.trajectorystudio.model.text.Tags.ANSWER;
import static org.trajectorystudio.model.text.Tags.THINK_END;
import static org.trajectorystudio.model.text.Tags.TOOL_CALL;
import static org.trajectorystudio.model.text.Tags.TOOL_RESPONSE;

import java.util.Locale;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores how much a record looks like tag-style ReAct chatml. The deciding signals are the tags inside message
 * text; structured tool calls (OpenAI), {@code conversations} (ShareGPT) and the studio's own schema score 0 so
 * that their readers win.
 */
final class ReactRecogniser {
    static final int TAGGED_WITH_RESPONSES = 100;
    static final int TAGGED = 90;
    static final int RESPONSES_ONLY = 80;
    static final int TONGYI_ROW = 80;
    static final int THINK_ONLY = 60;
    /** Plain chat could be read here, but a chat reader should win it. */
    static final int PLAIN_CHAT = 5;

    private ReactRecogniser() {}

    static int score(ObjectNode record) {
        String schema = Json.text(record, "schema");
        if (schema != null && schema.startsWith("trajectory-studio/")) {
            return 0;
        }
        if (record.has("conversations")) {
            return 0;
        }
        JsonNode messages = record.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            return 0;
        }
        boolean actionTags = false;
        boolean responses = false;
        boolean thinking = false;
        boolean assistant = false;
        for (JsonNode message : messages) {
            if (hasStructuredCalls(message)) {
                return 0;
            }
            String role = Json.text(message, "role");
            String content = Json.text(message, "content");
            if (role == null || content == null) {
                continue;
            }
            switch (role.toLowerCase(Locale.ROOT)) {
                case "assistant" -> {
                    assistant = true;
                    actionTags = actionTags || content.contains(TOOL_CALL) || content.contains(ANSWER);
                    thinking = thinking || content.contains(THINK_END);
                }
                case "user", "tool", "function" -> responses = responses || content.contains(TOOL_RESPONSE);
                default -> { }
            }
        }
        if (!assistant) {
            return 0;
        }
        int score = actionTags && responses ? TAGGED_WITH_RESPONSES
                : actionTags ? TAGGED
                : responses ? RESPONSES_ONLY
                : thinking ? THINK_ONLY
                : PLAIN_CHAT;
        if (record.has("prediction") && record.has("termination")) {
            score = Math.max(score, TONGYI_ROW);
        }
        return score;
    }

    /** OpenAI-style structure: a non-empty {@code tool_calls} array, a legacy {@code function_call}, a tool reply id. */
    private static boolean hasStructuredCalls(JsonNode message) {
        if (message == null || !message.isObject()) {
            return false;
        }
        JsonNode toolCalls = message.get("tool_calls");
        if (toolCalls != null && toolCalls.isArray() && !toolCalls.isEmpty()) {
            return true;
        }
        JsonNode functionCall = message.get("function_call");
        return (functionCall != null && functionCall.isObject()) || message.has("tool_call_id");
    }
}
