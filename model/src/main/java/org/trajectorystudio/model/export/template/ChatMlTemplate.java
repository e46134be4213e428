package org.trajectorystudio.model.export.template;

import java.util.List;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.ToolCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The built-in ChatML template in the Qwen3 conventions: tools listed in the system turn inside {@code <tools></tools>}
 * (one JSON object per line, worded as Qwen3's own template words it), assistant turns verbatim as
 * {@link org.trajectorystudio.model.render.Conversation} wrote them, and tool responses as a user turn of
 * {@code <tool_response>} blocks, consecutive responses sharing one turn. For a trajectory whose every step has a
 * thought, the text equals what Qwen3's Jinja template renders.
 */
public final class ChatMlTemplate implements ChatTemplate {
    public static final ChatMlTemplate INSTANCE = new ChatMlTemplate();

    static final String IM_START = "<|im_start|>";
    static final String IM_END = "<|im_end|>";

    private static final String TOOLS_PREAMBLE = "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
            + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>";
    private static final String TOOLS_EPILOGUE = "\n</tools>\n\nFor each function call, return a json object with function name"
            + " and arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n"
            + "{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>";

    @Override
    public String identity() {
        return "builtin:chatml-qwen3";
    }

    @Override
    public String render(List<ChatMessage> messages, ArrayNode tools, boolean addGenerationPrompt) {
        StringBuilder text = new StringBuilder();
        boolean leadingSystem = !messages.isEmpty() && messages.getFirst().role().equals(ChatMessage.SYSTEM);
        if (!tools.isEmpty()) {
            text.append(IM_START).append("system\n");
            if (leadingSystem) {
                text.append(messages.getFirst().content()).append("\n\n");
            }
            text.append(TOOLS_PREAMBLE);
            for (JsonNode tool : tools) {
                text.append('\n').append(PyJson.write(tool));
            }
            text.append(TOOLS_EPILOGUE).append(IM_END).append('\n');
        } else if (leadingSystem) {
            turn(text, ChatMessage.SYSTEM, messages.getFirst().content());
        }
        for (int i = leadingSystem ? 1 : 0; i < messages.size(); i++) {
            ChatMessage message = messages.get(i);
            if (!message.role().equals(ChatMessage.TOOL)) {
                turn(text, message.role(), message.structured() ? structuredText(message) : message.content());
                continue;
            }
            if (i == 0 || !messages.get(i - 1).role().equals(ChatMessage.TOOL)) {
                text.append(IM_START).append(ChatMessage.USER);
            }
            text.append("\n<tool_response>\n").append(message.content()).append("\n</tool_response>");
            if (i == messages.size() - 1 || !messages.get(i + 1).role().equals(ChatMessage.TOOL)) {
                text.append(IM_END).append('\n');
            }
        }
        if (addGenerationPrompt) {
            text.append(IM_START).append(ChatMessage.ASSISTANT).append('\n');
        }
        return text.toString();
    }

    /**
     * A structured assistant turn written out: its thought as a think block (always kept, unlike Qwen3's own template,
     * which drops the thoughts before the last user query), its content, then each call as Qwen3 writes it.
     */
    private static String structuredText(ChatMessage message) {
        StringBuilder text = new StringBuilder();
        if (message.reasoning() != null && !message.reasoning().isBlank()) {
            text.append("<think>\n").append(message.reasoning().strip()).append("\n</think>\n\n");
        }
        text.append(message.content());
        for (ToolCall call : message.toolCalls()) {
            if (!message.content().isEmpty() || call != message.toolCalls().getFirst()) {
                text.append('\n');
            }
            text.append("<tool_call>\n{\"name\": \"").append(call.name()).append("\", \"arguments\": ")
                    .append(call.hasInvalidArguments() ? call.rawArguments() : PyJson.write(call.arguments()))
                    .append("}\n</tool_call>");
        }
        return text.toString();
    }

    private static void turn(StringBuilder text, String role, String content) {
        text.append(IM_START).append(role).append('\n').append(content).append(IM_END).append('\n');
    }
}
