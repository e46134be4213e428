package org.trajectorystudio.model.export.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.ExportSamples;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.ToolSpec;

class ChatMlTemplateTest {
    private final ChatMlTemplate template = ChatMlTemplate.INSTANCE;

    private static ChatMessage message(String role, String content) {
        return new ChatMessage(role, content, role.equals(ChatMessage.ASSISTANT), -1);
    }

    @Test
    void systemUserAssistantTurns() {
        String text = template.render(List.of(message("system", "Be brief."), message("user", "Hi?"), message("assistant", "Hello.")), List.of());
        assertThat(text).isEqualTo("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi?<|im_end|>\n<|im_start|>assistant\nHello.<|im_end|>\n");
    }

    @Test
    void noSystemTurnWithoutSystemPromptOrTools() {
        assertThat(template.render(List.of(message("user", "Q")), List.of(), true))
                .isEqualTo("<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n");
    }

    @Test
    void toolsAreListedInTheSystemTurnAfterTheSystemPromptOneJsonPerLine() {
        ToolSpec search = new ToolSpec("search", "Web \"search\" — ünïcode\n", ExportSamples.json("{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"array\"}}}"));
        ToolSpec bare = new ToolSpec("noop", null, null);
        String text = template.render(List.of(message("system", "Sys."), message("user", "Q")), List.of(search, bare));
        assertThat(text).isEqualTo("<|im_start|>system\nSys.\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
                + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
                + "{\"type\": \"function\", \"function\": {\"name\": \"search\", \"description\": \"Web \\\"search\\\" — ünïcode\\n\", "
                + "\"parameters\": {\"type\": \"object\", \"properties\": {\"query\": {\"type\": \"array\"}}}}}\n"
                + "{\"type\": \"function\", \"function\": {\"name\": \"noop\"}}\n</tools>\n\n"
                + "For each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\n"
                + "<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call><|im_end|>\n"
                + "<|im_start|>user\nQ<|im_end|>\n");
    }

    @Test
    void toolsWithoutSystemPromptStillOpenASystemTurn() {
        String text = template.render(List.of(message("user", "Q")), List.of(new ToolSpec("noop", null, null)));
        assertThat(text).startsWith("<|im_start|>system\n# Tools\n\n").contains("</tool_call><|im_end|>\n<|im_start|>user\nQ<|im_end|>\n");
    }

    @Test
    void consecutiveToolResponsesShareOneUserTurn() {
        String text = template.render(List.of(message("user", "Q"), message("assistant", "A1"), message("tool", "r1"), message("tool", "r2"),
                message("assistant", "A2"), message("tool", "r3")), List.of());
        assertThat(text).isEqualTo("<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\nA1<|im_end|>\n"
                + "<|im_start|>user\n<tool_response>\nr1\n</tool_response>\n<tool_response>\nr2\n</tool_response><|im_end|>\n"
                + "<|im_start|>assistant\nA2<|im_end|>\n<|im_start|>user\n<tool_response>\nr3\n</tool_response><|im_end|>\n");
    }

    @Test
    void assistantTurnsAreWrittenAsTheConversationGivesThem() {
        List<ChatMessage> messages = Conversation.of(ExportSamples.trajectory());
        String text = template.render(messages, List.of());
        assertThat(text).contains("<|im_start|>assistant\n<think>\nI need the winner of the 1964 Derby first.\n</think>\n\n<tool_call>\n"
                + "{\"name\":\"search\",\"arguments\":{\"query\":[\"1964 Epsom Derby winner\"]}}\n</tool_call><|im_end|>\n");
        assertThat(text).endsWith("<|im_start|>assistant\n<think>\nThe page names the trainer.\n</think>\n\n<answer>\nMick Rogers\n</answer><|im_end|>\n");
    }

    @Test
    void pyJsonEscapesLikePython() {
        assertThat(PyJson.write(ExportSamples.json("{\"a\":[1,2.5,true,null],\"b\":\"\\u0001\\t\\u007f€\"}")))
                .isEqualTo("{\"a\": [1, 2.5, true, null], \"b\": \"\\u0001\\t\u007f€\"}");
    }
}
