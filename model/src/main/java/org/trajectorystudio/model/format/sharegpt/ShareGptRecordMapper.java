package org.trajectorystudio.model.format.sharegpt;

import org.trajectorystudio.model.text.Tags;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.chat.AssistantTurn;
import org.trajectorystudio.model.format.chat.ChatContent;
import org.trajectorystudio.model.format.chat.ChatSampleBuilder;
import org.trajectorystudio.model.format.chat.RecordFields;
import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.text.TextActions;
import org.trajectorystudio.model.text.ToolCallReader;
import org.trajectorystudio.model.format.chat.ToolSpecReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Maps one ShareGPT record to a sample; one instance per record. */
final class ShareGptRecordMapper {
    /** Text around the {@code <tool_response>} blocks of a turn, kept in the step's per-call mapping. */
    static final String TEXT_OUTSIDE_RESPONSES = "textOutsideResponses";

    private final ObjectNode record;
    private final RecordContext context;
    private final RecordFields fields;
    private final ChatSampleBuilder builder;

    ShareGptRecordMapper(ObjectNode record, RecordContext context) {
        this.record = record;
        this.context = context;
        this.fields = new RecordFields(record, context);
        this.builder = new ChatSampleBuilder(context, "turn", "human turn", "gpt turn");
    }

    Sample map() throws RecordRejectedException {
        JsonNode conversationsNode = record.get("conversations");
        if (conversationsNode == null || conversationsNode.isNull()) {
            throw new RecordRejectedException("no 'conversations' array");
        }
        if (!(conversationsNode instanceof ArrayNode conversations)) {
            throw new RecordRejectedException("'conversations' is not an array");
        }
        fields.consume("conversations");
        if (!hasHumanTurn(conversations)) {
            builder.noUserTurn();
        }
        for (int i = 0; i < conversations.size(); i++) {
            if (!(conversations.get(i) instanceof ObjectNode turn)) {
                throw new RecordRejectedException("turn " + (i + 1) + " is not an object");
            }
            readTurn(i, turn);
        }
        return builder.build(fields, tools());
    }

    private static boolean hasHumanTurn(ArrayNode conversations) {
        for (JsonNode turn : conversations) {
            String from = Json.text(turn, turn.has("from") || !turn.has("role") ? "from" : "role");
            if (from != null && (from.strip().equalsIgnoreCase("human") || from.strip().equalsIgnoreCase("user"))) {
                return true;
            }
        }
        return false;
    }

    private void readTurn(int index, ObjectNode turn) {
        String fromKey = turn.has("from") || !turn.has("role") ? "from" : "role";
        String valueKey = turn.has("value") || !turn.has("content") ? "value" : "content";
        Set<String> known = Set.of(fromKey, valueKey);
        String written = Json.text(turn, fromKey);
        String from = written == null ? null : written.strip().toLowerCase(Locale.ROOT);
        JsonNode value = turn.get(valueKey);
        Consumer<String> warn = builder.warner(index, from);
        switch (from == null ? "" : from) {
            case "system" -> {
                ChatContent content = ChatContent.read(value, warn);
                builder.system(index, turn, content.text(), ChatSampleBuilder.extras(turn, known, content));
            }
            case "human", "user" -> {
                ChatContent content = ChatContent.read(value, warn);
                if (builder.awaitsResults() && content.text().contains(Tags.TOOL_RESPONSE)) {
                    results(index, turn, from, content, known, warn);
                } else if (builder.awaitsWrittenResults()) {
                    builder.result(index, turn, from, TextActions.observation(content.text()), null,
                            ChatSampleBuilder.extras(turn, known, content));
                } else {
                    builder.user(index, turn, content, ChatSampleBuilder.extras(turn, known, content));
                }
            }
            case "gpt", "assistant", "model", "chatgpt", "bard", "bing" -> {
                ChatContent content = ChatContent.read(value, warn);
                builder.assistant(index, turn, AssistantTurn.read(null, content.text(), new ToolCallReader(warn),
                        stepFields(turn, known, content), warn));
            }
            case "function_call", "tool_call", "tool_calls" -> builder.assistant(index, turn, functionCall(turn, value, known, warn));
            case "observation", "tool", "function", "ipython", "tool_response", "function_response" ->
                    results(index, turn, from, ChatContent.read(value, warn), known, warn);
            default -> builder.unplaced(index, turn, from == null ? "has no 'from'" : "is from the unknown role '" + written + "'");
        }
    }

    /** A LLaMA-Factory call turn: a call object or a list of them (as JSON text or as JSON), or Hermes blocks. */
    private static AssistantTurn functionCall(ObjectNode turn, JsonNode value, Set<String> known, Consumer<String> warn) {
        ToolCallReader calls = new ToolCallReader(warn);
        if (value != null && value.isContainer()) {
            calls.addJson(value);
            return AssistantTurn.read(null, null, calls, stepFields(turn, known, null), warn);
        }
        ChatContent content = ChatContent.read(value, warn);
        if (content.text().contains(Tags.TOOL_CALL)) {
            return AssistantTurn.read(null, content.text(), calls, stepFields(turn, known, content), warn);
        }
        calls.addText(content.text());
        return AssistantTurn.read(null, null, calls, stepFields(turn, known, content), warn);
    }

    private static Map<String, JsonNode> stepFields(ObjectNode turn, Set<String> known, ChatContent content) {
        ObjectNode extras = ChatSampleBuilder.extras(turn, known, content);
        return extras == null ? Map.of() : Map.of(ChatSampleBuilder.MESSAGE_FIELDS, extras);
    }

    /** A result turn: its {@code <tool_response>} bodies (one result each), else its whole text. */
    private void results(int index, ObjectNode turn, String from, ChatContent content, Set<String> known,
            Consumer<String> warn) {
        ObjectNode extras = ChatSampleBuilder.extras(turn, known, content);
        TaggedText.Responses responses = builder.awaitsResults() ? TaggedText.responses(content.text(), warn) : null;
        if (responses == null) {
            builder.result(index, turn, from, content.text(), Json.scalarText(turn, "tool_call_id"), extras);
            return;
        }
        if (responses.outside() != null) {
            warn.accept("text outside <tool_response> kept in the step's metadata '" + ChatSampleBuilder.TOOL_RESULTS + "'");
            extras = extras == null ? Json.object() : extras;
            extras.set(TEXT_OUTSIDE_RESPONSES, StringNode.valueOf(responses.outside()));
        }
        List<String> bodies = responses.bodies();
        for (int i = 0; i < bodies.size(); i++) {
            builder.result(index, turn, from, bodies.get(i), null, i == 0 ? extras : null);
        }
    }

    /** The row's {@code tools} (an array or a JSON string); kept in metadata too unless read losslessly. */
    private List<ToolSpec> tools() {
        JsonNode node = record.get("tools");
        if (node == null) {
            return List.of();
        }
        ToolSpecReader.ToolList list = ToolSpecReader.read(node, "tools", context::warn);
        if (list.lossless()) {
            fields.consume("tools");
        }
        return list.tools();
    }
}
