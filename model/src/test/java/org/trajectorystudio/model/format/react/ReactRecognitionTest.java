package org.trajectorystudio.model.format.react;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trajectorystudio.model.format.react.Records.chat;
import static org.trajectorystudio.model.format.react.Records.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.format.FormatDetector;
import org.trajectorystudio.model.format.SampleFormat;
import tools.jackson.databind.node.ObjectNode;

class ReactRecognitionTest {
    private final ReactChatmlFormat format = new ReactChatmlFormat();

    private static final ObjectNode REACT = chat(
            "system", "You are a researcher.",
            "user", "User: Who won?",
            "assistant", "<think>search</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\"who won\"]}}\n</tool_call>",
            "user", "<tool_response>\nSanta Claus\n</tool_response>",
            "assistant", "<think>ok</think>\n<answer>Santa Claus</answer>");

    /** OpenAI chat completions with structured tool calls, even with a think block in the content. */
    private static final ObjectNode OPENAI = (ObjectNode) parse("""
            {"messages": [
              {"role": "user", "content": "Who won?"},
              {"role": "assistant", "content": "<think>search</think>", "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "search", "arguments": "{\\"query\\": [\\"who won\\"]}"}}]},
              {"role": "tool", "tool_call_id": "call_1", "content": "Santa Claus"},
              {"role": "assistant", "content": "Santa Claus"}],
             "tools": [{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}]}""");

    @Test
    void tagStyleReactChatmlScoresHigh() {
        assertThat(format.recognise(REACT)).isEqualTo(100);
        assertThat(format.recognise(chat("user", "q", "assistant", "<tool_call>{\"name\": \"a\"}</tool_call>"))).isEqualTo(90);
        assertThat(format.recognise(chat("user", "q", "assistant", "<answer>a</answer>"))).isEqualTo(90);
        assertThat(format.recognise(chat("user", "q", "assistant", "<think>a</think> b"))).isEqualTo(60);
    }

    @Test
    void tongyiRowsScoreWellEvenWithoutTags() {
        ObjectNode row = chat("user", "q", "assistant", "Sorry, the number of llm calls exceeds the limit.");
        assertThat(format.recognise(row)).isEqualTo(ReactRecogniser.PLAIN_CHAT);
        row.put("prediction", "No answer found.").put("termination", "exceed available llm calls");
        assertThat(format.recognise(row)).isEqualTo(80);
    }

    @Test
    void otherFormatsScoreZero() {
        assertThat(format.recognise(OPENAI)).isZero();
        ObjectNode legacy = chat("user", "q", "assistant", "<answer>x</answer>");
        ((ObjectNode) legacy.get("messages").get(1)).set("function_call", parse("{\"name\": \"search\", \"arguments\": \"{}\"}"));
        assertThat(format.recognise(legacy)).isZero();
        ObjectNode shareGpt = (ObjectNode) parse("""
                {"conversations": [{"from": "human", "value": "q"},
                                   {"from": "gpt", "value": "<tool_call>{\\"name\\": \\"search\\"}</tool_call>"}]}""");
        assertThat(format.recognise(shareGpt)).isZero();
        ObjectNode studio = REACT.deepCopy().put("schema", "trajectory-studio/v1");
        assertThat(format.recognise(studio)).isZero();
        assertThat(format.recognise((ObjectNode) parse("{\"question\": \"q\", \"answer\": \"a\"}"))).isZero();
        assertThat(format.recognise(chat("user", "q"))).isZero();
    }

    @Test
    void anEmptyToolCallsArrayIsNotStructure() {
        ObjectNode record = REACT.deepCopy();
        ((ObjectNode) record.get("messages").get(2)).set("tool_calls", parse("[]"));
        assertThat(format.recognise(record)).isEqualTo(100);
    }

    @Test
    void detectionPrefersReactChatmlOverAFormatScoringPlainMessages() {
        // Stands in for a chat reader that gives any record with messages a fair score, and OpenAI structure a high one.
        SampleFormat chatReader = new SampleFormat() {
            public String name() {
                return "chat";
            }

            public int recognise(ObjectNode record) {
                return record.get("messages").get(1).has("tool_calls") ? 95 : 40;
            }

            public org.trajectorystudio.model.sample.Sample read(ObjectNode r, org.trajectorystudio.model.format.RecordContext c) {
                throw new UnsupportedOperationException();
            }
        };
        FormatDetector detector = new FormatDetector(List.of(chatReader, format));

        assertThat(detector.detect(List.of(REACT, REACT))).containsSame(format);
        assertThat(detector.detect(List.of(OPENAI, OPENAI))).containsSame(chatReader);
        assertThat(new FormatDetector().detect(List.of(REACT)).orElseThrow().name()).isEqualTo(ReactChatmlFormat.NAME);
    }
}
