package org.trajectorystudio.model.format.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.RecordParser;
import org.trajectorystudio.model.format.openai.OpenAiFormat;
import org.trajectorystudio.model.format.sharegpt.ShareGptFormat;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCalls;

/**
 * An unclosed {@code <think>} ends where the action begins: a {@code <think>… <tool_call>{…}</tool_call>} turn is a
 * thought and a call, as the react-chatml reader reads it (it used to become a thought holding the call and an empty
 * answer in the OpenAI and ShareGPT readers).
 */
class UnclosedThinkTest {
    private static final String TURN = "<think>I should search. <tool_call>{\\\"name\\\": \\\"search\\\", \\\"arguments\\\":"
            + " {\\\"query\\\": [\\\"x\\\"]}}</tool_call>";

    @Test
    void openAi() {
        String line = "{\"messages\": [{\"role\": \"user\", \"content\": \"q\"}, {\"role\": \"assistant\", \"content\": \""
                + TURN + "\"}, {\"role\": \"tool\", \"content\": \"r\"}, {\"role\": \"assistant\", \"content\": \"A\"}]}";
        assertThoughtAndCall(new RecordParser(new OpenAiFormat()).parse(raw(line)));
    }

    @Test
    void shareGpt() {
        String line = "{\"conversations\": [{\"from\": \"human\", \"value\": \"q\"}, {\"from\": \"gpt\", \"value\": \""
                + TURN + "\"}, {\"from\": \"observation\", \"value\": \"r\"}, {\"from\": \"gpt\", \"value\": \"A\"}]}";
        assertThoughtAndCall(new RecordParser(new ShareGptFormat()).parse(raw(line)));
    }

    private static void assertThoughtAndCall(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        Step first = ((ReadOutcome.Read) outcome).sample().steps().getFirst();
        assertThat(first.thought()).isEqualTo("I should search.");
        assertThat(first.action()).isInstanceOf(ToolCalls.class);
        assertThat(first.toolCalls()).singleElement().satisfies(call -> assertThat(call.name()).isEqualTo("search"));
        assertThat(first.observation()).isEqualTo("r");
        assertThat(((ReadOutcome.Read) outcome).warnings()).singleElement().asString().contains("<think> is not closed");
    }

    private static RawLine raw(String line) {
        return new RawLine(1, 0, line.getBytes(StandardCharsets.UTF_8));
    }
}
