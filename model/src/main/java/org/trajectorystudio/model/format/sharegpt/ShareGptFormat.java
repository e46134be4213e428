package org.trajectorystudio.model.format.sharegpt;

import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ShareGPT records: {@code conversations: [{from, value}]} with optional row fields {@code system} and {@code tools}
 * (an array or a JSON string). Turns from system / human / user / gpt / assistant, Hermes {@code <tool_call>} blocks in
 * gpt values and {@code <tool_response>} blocks in tool, observation or human values, and the LLaMA-Factory
 * {@code function_call} (a call object or a list of them) and {@code observation} turns. See
 * {@link org.trajectorystudio.model.format.chat.ChatSampleBuilder} for where the parts without a canonical place go.
 */
public final class ShareGptFormat implements SampleFormat {
    public static final String NAME = "sharegpt";

    /** Turns with {@code from}/{@code value}. */
    static final int SHAREGPT_TURNS = 95;
    /** {@code conversations} whose turns use {@code role}/{@code content} instead: readable, less certain. */
    static final int ROLE_CONTENT_TURNS = 50;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int recognise(ObjectNode record) {
        String schema = Json.text(record, "schema");
        JsonNode conversations = record.get("conversations");
        if ((schema != null && schema.startsWith("trajectory-studio/")) || conversations == null
                || !conversations.isArray()) {
            return 0;
        }
        boolean roleContent = false;
        for (JsonNode turn : conversations) {
            if (turn.isObject() && turn.has("from") && turn.has("value")) {
                return SHAREGPT_TURNS;
            }
            roleContent |= turn.isObject() && turn.has("role") && turn.has("content");
        }
        return roleContent ? ROLE_CONTENT_TURNS : 0;
    }

    @Override
    public Sample read(ObjectNode record, RecordContext context) throws RecordRejectedException {
        return new ShareGptRecordMapper(record, context).map();
    }
}
