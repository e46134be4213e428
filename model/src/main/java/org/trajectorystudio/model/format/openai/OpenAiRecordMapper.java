package org.trajectorystudio.model.format.openai;

import org.trajectorystudio.model.text.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.trajectorystudio.model.text.TextActions;
import org.trajectorystudio.model.text.ToolCallReader;
import org.trajectorystudio.model.format.chat.ToolSpecReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Maps one OpenAI chat record to a sample; one instance per record. */
final class OpenAiRecordMapper {
    private static final Set<String> ROLE_AND_CONTENT = Set.of("role", "content");
    private static final Set<String> CONTENT_ONLY = Set.of("content");

    private final ObjectNode record;
    private final RecordContext context;
    private final RecordFields fields;
    private final ChatSampleBuilder builder;

    OpenAiRecordMapper(ObjectNode record, RecordContext context) {
        this.record = record;
        this.context = context;
        this.fields = new RecordFields(record, context);
        this.builder = new ChatSampleBuilder(context, "message", "user message", "assistant message");
    }

    Sample map() throws RecordRejectedException {
        JsonNode messagesNode = record.get("messages");
        if (messagesNode == null || messagesNode.isNull()) {
            throw new RecordRejectedException("no 'messages' array");
        }
        if (!(messagesNode instanceof ArrayNode messages)) {
            throw new RecordRejectedException("'messages' is not an array");
        }
        fields.consume("messages");
        if (!hasUserMessage(messages)) {
            builder.noUserTurn();
        }
        for (int i = 0; i < messages.size(); i++) {
            if (!(messages.get(i) instanceof ObjectNode message)) {
                throw new RecordRejectedException("message " + (i + 1) + " is not an object");
            }
            readMessage(i, message);
        }
        return builder.build(fields, tools());
    }

    private static boolean hasUserMessage(ArrayNode messages) {
        for (JsonNode message : messages) {
            String role = Json.text(message, "role");
            if (role != null && role.strip().equalsIgnoreCase("user")) {
                return true;
            }
        }
        return false;
    }

    private void readMessage(int index, ObjectNode message) {
        String written = Json.text(message, "role");
        String role = written == null ? null : written.strip().toLowerCase(Locale.ROOT);
        Consumer<String> warn = builder.warner(index, role);
        switch (role == null ? "" : role) {
            case "system", "developer" -> {
                ChatContent content = ChatContent.read(message.get("content"), warn);
                builder.system(index, message, content.text(), extras(message, role.equals("system"), content));
            }
            case "user" -> {
                ChatContent content = ChatContent.read(message.get("content"), warn);
                if (builder.awaitsWrittenResults()) {
                    // The calls were written in text (ReAct, XML, MCP, fenced code): the next user turn is their result.
                    builder.result(index, message, role, TextActions.observation(content.text()), null,
                            extras(message, true, content));
                } else {
                    builder.user(index, message, content, extras(message, true, content));
                }
            }
            case "assistant" -> builder.assistant(index, message, assistant(message, warn));
            case "tool", "function", "ipython" -> {
                ChatContent content = ChatContent.read(message.get("content"), warn);
                builder.result(index, message, role, content.text(), Json.scalarText(message, "tool_call_id"),
                        extras(message, true, content));
            }
            default -> builder.unplaced(index, message, role == null ? "has no role" : "has the unknown role '" + written + "'");
        }
    }

    /** A message's fields other than its content (and its role, when that is the canonical one). */
    private static ObjectNode extras(ObjectNode message, boolean canonicalRole, ChatContent content) {
        return ChatSampleBuilder.extras(message, canonicalRole ? ROLE_AND_CONTENT : CONTENT_ONLY, content);
    }

    private static AssistantTurn assistant(ObjectNode message, Consumer<String> warn) {
        ToolCallReader calls = new ToolCallReader(warn);
        List<String> known = new ArrayList<>(List.of("role", "content"));
        JsonNode toolCalls = message.get("tool_calls");
        if (toolCalls instanceof ArrayNode array) {
            array.forEach(calls::addJson);
            known.add("tool_calls");
        } else if (toolCalls instanceof ObjectNode single) {
            warn.accept("'tool_calls' is one object, not a list; read as one call");
            calls.addJson(single);
            known.add("tool_calls");
        }
        JsonNode functionCall = message.get("function_call");
        if (functionCall instanceof ObjectNode || (functionCall != null && functionCall.isArray())) {
            calls.addJson(functionCall);
            known.add("function_call");
        } else if (functionCall != null && functionCall.isString()) {
            calls.addText(functionCall.stringValue());
            known.add("function_call");
        }
        String reasoning = Json.text(message, "reasoning_content");
        if (reasoning != null) {
            known.add("reasoning_content");
            if (reasoning.equals(Json.text(message, "reasoning"))) {
                known.add("reasoning");
            }
        } else {
            reasoning = Json.text(message, "reasoning");
            if (reasoning != null) {
                known.add("reasoning");
            }
        }
        ChatContent content = ChatContent.readAssistant(message.get("content"), warn);
        // LLaMA-Factory v1 typed parts: reasoning and tool_call parts beside the text.
        reasoning = reasoning == null ? content.reasoning() : reasoning;
        content.toolCalls().forEach(part -> {
            if (part.isString()) {
                calls.addText(part.stringValue());
            } else {
                calls.addJson(part);
            }
        });
        ObjectNode extras = ChatSampleBuilder.extras(message, Set.copyOf(known), content);
        Map<String, JsonNode> metadata = extras == null ? Map.of() : Map.of(ChatSampleBuilder.MESSAGE_FIELDS, extras);
        String text = content.text();
        if (text.equals("None") && !calls.isEmpty()) {
            // ToolBench writes Python's str(None) as the content of a function-call turn.
            text = "";
        }
        AssistantTurn turn = AssistantTurn.read(reasoning, text, calls, metadata, warn);
        if (reasoning == null && turn.thought() != null && turn.action() instanceof ToolCalls
                && !text.contains(Tags.THINK) && !text.contains(Tags.THINK_END)) {
            Map<String, JsonNode> marked = new LinkedHashMap<>(turn.metadata());
            marked.put(SourceHints.THOUGHT_AS, StringNode.valueOf(SourceHints.THOUGHT_AS_CONTENT));
            return new AssistantTurn(turn.thought(), turn.action(), turn.plainText(), marked, turn.writtenCalls());
        }
        return turn;
    }

    /** {@code tools} and legacy {@code functions}; each field is kept in metadata too unless read losslessly. */
    private List<ToolSpec> tools() {
        List<ToolSpec> tools = new ArrayList<>();
        for (String field : List.of("tools", "functions")) {
            JsonNode node = record.get(field);
            if (node == null) {
                continue;
            }
            ToolSpecReader.ToolList list = ToolSpecReader.read(node, field, context::warn);
            if (list.lossless()) {
                fields.consume(field);
            }
            tools.addAll(list.tools());
        }
        return tools;
    }
}
