package org.trajectorystudio.model.format.openai;

import org.trajectorystudio.model.text.Tags;
import java.util.Locale;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores how much a record looks like OpenAI chat. Structured tool calls decide; tag-style records
 * ({@code <tool_call>} in assistant text, {@code <tool_response>} in user or tool turns) without them score low so
 * that react-chatml wins them; {@code conversations} (ShareGPT) and the studio's own schema score 0.
 */
final class OpenAiRecogniser {
    /** {@code tool_calls}, {@code function_call} or {@code tool_call_id}: only OpenAI chat has them. */
    static final int STRUCTURED = 95;
    /** Role {@code tool}/{@code function} or {@code reasoning_content}, without tags. */
    static final int OPENAI_FIELDS = 90;
    static final int PLAIN_CHAT = 50;
    static final int NO_ASSISTANT = 20;
    static final int TAG_STYLE = 10;

    private OpenAiRecogniser() {}

    static int score(ObjectNode record) {
        String schema = Json.text(record, "schema");
        if ((schema != null && schema.startsWith("trajectory-studio/")) || record.has("conversations")) {
            return 0;
        }
        JsonNode messages = record.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            return 0;
        }
        boolean structured = false;
        boolean openAiFields = false;
        boolean tags = false;
        boolean chat = false;
        boolean assistant = false;
        for (JsonNode message : messages) {
            String role = message.isObject() ? Json.text(message, "role") : null;
            if (role == null) {
                continue;
            }
            chat |= message.has("content") || message.has("tool_calls") || message.has("function_call");
            structured |= message.has("tool_call_id");
            String content = Json.text(message, "content");
            switch (role.strip().toLowerCase(Locale.ROOT)) {
                case "assistant" -> {
                    assistant = true;
                    JsonNode calls = message.get("tool_calls");
                    structured |= calls != null && calls.isArray() && !calls.isEmpty();
                    structured |= message.get("function_call") instanceof ObjectNode;
                    openAiFields |= Json.text(message, "reasoning_content") != null || Json.text(message, "reasoning") != null;
                    tags |= content != null && content.contains(Tags.TOOL_CALL);
                }
                case "tool", "function" -> {
                    openAiFields = true;
                    tags |= content != null && content.contains(Tags.TOOL_RESPONSE);
                }
                case "user" -> tags |= content != null && content.contains(Tags.TOOL_RESPONSE);
                default -> { }
            }
        }
        if (structured) {
            return STRUCTURED;
        }
        if (tags) {
            return TAG_STYLE;
        }
        if (openAiFields) {
            return OPENAI_FIELDS;
        }
        if (!chat) {
            return 0;
        }
        return assistant ? PLAIN_CHAT : NO_ASSISTANT;
    }
}
