package org.trajectorystudio.model.format.react;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trajectorystudio.model.format.react.Records.SYSTEM;
import static org.trajectorystudio.model.format.react.Records.chat;
import static org.trajectorystudio.model.format.react.Records.parse;
import static org.trajectorystudio.model.format.react.Records.read;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.text.ToolCallReader;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.RecordParser;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.node.ObjectNode;

class ReactChatmlFormatTest {
    private static final String QUESTION = "Which horse won the 1964 Derby?";

    /** A WebDancer-style first user turn: tool list, format example, then the question. */
    private static final String PROMPT = """
            A conversation between User and Assistant. The user asks a question.
            <tools>
            {"name": "search", "description": "Web search.", "parameters": {"type": "object", "properties": {"query": {"type": "array"}}}},
            {"name": "visit", "description": "Visit pages.", "parameters": {"type": "object"}}
            </tools>
            Example response:
            <think> thinking process here </think>
            <tool_call>
            {"name": "tool name here", "arguments": {}}
            </tool_call>
            <tool_response>
            tool_response here
            </tool_response>
            <answer> answer here </answer>

            User: %s""".formatted(QUESTION);

    private static ObjectNode trajectory(String... turnsAfterPrompt) {
        String[] all = new String[4 + turnsAfterPrompt.length];
        all[0] = "system";
        all[1] = SYSTEM;
        all[2] = "user";
        all[3] = PROMPT;
        System.arraycopy(turnsAfterPrompt, 0, all, 4, turnsAfterPrompt.length);
        return chat(all);
    }

    @Test
    void mapsAWebDancerTrajectory() throws Exception {
        var read = read(trajectory(
                "assistant", "<think>\nI should search.\n</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\"1964 Derby winner\"]}}\n</tool_call>",
                "user", "<tool_response>\nSanta Claus won the 1964 Derby.\n</tool_response>",
                "assistant", "<think>Found it.</think>\n<answer>\nSanta Claus\n</answer>"));
        Sample sample = read.sample();

        assertThat(read.warnings()).isEmpty();
        assertThat(sample.kind()).isEqualTo(SampleKind.TRAJECTORY);
        assertThat(sample.judgment()).isEqualTo(Judgment.UNKNOWN);
        assertThat(sample.system()).isEqualTo(SYSTEM);
        assertThat(sample.question()).isEqualTo(QUESTION);
        assertThat(sample.tools()).extracting(ToolSpec::name).containsExactly("search", "visit");
        assertThat(sample.tools().getFirst().description()).isEqualTo("Web search.");
        assertThat(sample.tools().getFirst().parameters().get("type").stringValue()).isEqualTo("object");
        assertThat(sample.steps()).hasSize(2);
        Step search = sample.steps().getFirst();
        assertThat(search.thought()).isEqualTo("I should search.");
        assertThat(search.toolCalls()).containsExactly(
                ToolCall.parsed(null, "search", parse("{\"query\": [\"1964 Derby winner\"]}")));
        assertThat(search.observation()).isEqualTo("Santa Claus won the 1964 Derby.");
        Step answer = sample.steps().getLast();
        assertThat(answer.thought()).isEqualTo("Found it.");
        assertThat(answer.action()).isEqualTo(new FinalAnswer("Santa Claus"));
        assertThat(answer.observation()).isNull();
        // The prompt held more than the question: it is kept whole.
        assertThat(sample.metadata().get(ReactRecordMapper.FIRST_USER_TURN).stringValue()).isEqualTo(PROMPT);
    }

    @Test
    void parallelToolCallsAreOneStepWithSeveralCalls() throws Exception {
        var read = read(trajectory(
                "assistant", """
                        <think>Two things at once.</think>
                        <tool_call>
                        {"name": "search", "arguments": {"query": ["a"]}}
                        </tool_call>
                        <tool_call>
                        {"name": "visit", "arguments": {"url": ["https://example.org"], "goal": "b"}}
                        </tool_call>""",
                "user", "<tool_response>\nresult a\n</tool_response>\n<tool_response>\nresult b\n</tool_response>",
                "assistant", "<answer>done</answer>"));
        Step step = read.sample().steps().getFirst();

        assertThat(read.warnings()).isEmpty();
        assertThat(read.sample().steps()).hasSize(2);
        assertThat(step.action()).isInstanceOf(ToolCalls.class);
        assertThat(step.toolCalls()).extracting(ToolCall::name).containsExactly("search", "visit");
        assertThat(step.toolCalls().get(1).arguments().get("goal").stringValue()).isEqualTo("b");
        assertThat(step.observation()).isEqualTo("result a\n\nresult b");
    }

    @Test
    void aToolCallWithoutItsClosingTagIsReadToTheEndOfTheTurn() throws Exception {
        var read = read(trajectory(
                "assistant", "<think>go</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\"x\"]}}\n",
                "user", "<tool_response>hits</tool_response>",
                "assistant", "<answer>x</answer>"));
        Step step = read.sample().steps().getFirst();

        assertThat(step.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.hasInvalidArguments()).isFalse();
            assertThat(call.arguments()).isEqualTo(parse("{\"query\": [\"x\"]}"));
        });
        assertThat(step.observation()).isEqualTo("hits");
        assertThat(read.warnings()).singleElement().asString()
                .startsWith("message 3 (assistant): ")
                .contains("<tool_call> 1 is not closed");
    }

    @Test
    void toolCallJsonThatIsNotJsonIsKeptRawAndFlagged() throws Exception {
        String broken = "{\"name\": \"visit\", \"arguments\": {\"url\": [\"https://a.org\"], \"goal\": }";
        var read = read(trajectory(
                "assistant", "<think>visit</think>\n<tool_call>\n" + broken + "\n</tool_call>",
                "user", "<tool_response>Error: Tool call is not a valid JSON.</tool_response>",
                "assistant", "<think>again</think><tool_call>no json at all</tool_call>",
                "user", "<tool_response>Error</tool_response>",
                "assistant", "<answer>?</answer>"));
        ToolCall visit = read.sample().steps().get(0).toolCalls().getFirst();
        ToolCall unknown = read.sample().steps().get(1).toolCalls().getFirst();

        // The name and the arguments can still be told apart: the raw text kept is the arguments'.
        assertThat(visit).isEqualTo(ToolCall.unparsed(null, "visit", "{\"url\": [\"https://a.org\"], \"goal\":"));
        assertThat(visit.hasInvalidArguments()).isTrue();
        assertThat(unknown).isEqualTo(ToolCall.unparsed(null, ToolCallReader.UNKNOWN_TOOL, "no json at all"));
        assertThat(read.sample().steps().get(0).observation()).isEqualTo("Error: Tool call is not a valid JSON.");
        assertThat(read.warnings()).hasSize(2);
        assertThat(read.warnings().getFirst()).contains("tool call 1 ('visit')", "not valid JSON", "kept as raw text");
    }

    @Test
    void json5StyleToolCallsAreReadLenientlyWithAWarning() throws Exception {
        var read = read(trajectory(
                "assistant", "<tool_call>{'name': 'search', 'arguments': {query: ['a',],}}</tool_call>",
                "user", "<tool_response>r</tool_response>",
                "assistant", "<answer>a</answer>"));

        assertThat(read.sample().steps().getFirst().toolCalls().getFirst())
                .isEqualTo(ToolCall.parsed(null, "search", parse("{\"query\": [\"a\"]}")));
        assertThat(read.warnings()).singleElement().asString().contains("read leniently");
    }

    @Test
    void pythonCodeBlockBecomesTheCodeArgument() throws Exception {
        var read = read(trajectory(
                "assistant", "<think>compute</think>\n<tool_call>\n{\"name\": \"PythonInterpreter\", \"arguments\": {}}\n<code>\nprint(1 + 1)\n</code>\n</tool_call>",
                "user", "<tool_response>\nstdout:\n2\n</tool_response>",
                "assistant", "<answer>2</answer>"));

        ToolCall call = read.sample().steps().getFirst().toolCalls().getFirst();
        assertThat(read.warnings()).isEmpty();
        assertThat(call.name()).isEqualTo("PythonInterpreter");
        assertThat(call.arguments()).isEqualTo(parse("{\"code\": \"print(1 + 1)\"}"));
    }

    @Test
    void aTurnWithNeitherToolCallNorAnswerIsReasoning() throws Exception {
        var read = read(trajectory(
                "assistant", "<think>Hmm.</think>\nLet me think about this more before acting.",
                "assistant", "Sorry, the number of llm calls exceeds the limit."));
        Sample sample = read.sample();

        assertThat(sample.steps()).hasSize(2);
        assertThat(sample.steps().get(0).thought()).isEqualTo("Hmm.");
        assertThat(sample.steps().get(0).action()).isEqualTo(new Reasoning("Let me think about this more before acting."));
        assertThat(sample.steps().get(1).thought()).isNull();
        assertThat(sample.steps().get(1).action()).isEqualTo(new Reasoning("Sorry, the number of llm calls exceeds the limit."));
        assertThat(sample.finalAnswer()).isEmpty();
        assertThat(read.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("read as reasoning"));
    }

    @Test
    void anAnswerBesideToolCallsIsKeptInTheStepMetadata() throws Exception {
        var read = read(trajectory(
                "assistant", "<think>t</think><tool_call>{\"name\": \"search\", \"arguments\": {}}</tool_call><answer>early</answer>",
                "user", "<tool_response>r</tool_response>"));
        Step step = read.sample().steps().getFirst();

        assertThat(step.toolCalls()).hasSize(1);
        assertThat(step.metadata().get(StepAssembler.ANSWER_BESIDE_CALLS).stringValue()).isEqualTo("early");
        assertThat(read.warnings()).singleElement().asString().contains("both <tool_call> and <answer>");
    }

    @Test
    void untaggedTextIsTheThoughtOrIsAppendedToIt() throws Exception {
        var read = read(trajectory(
                "assistant", "I will search first.\n<tool_call>{\"name\": \"search\", \"arguments\": {}}</tool_call>",
                "user", "<tool_response>r</tool_response>",
                "assistant", "<think>sure</think>\nSo the answer is:\n<answer>x</answer>"));

        assertThat(read.sample().steps().get(0).thought()).isEqualTo("I will search first.");
        assertThat(read.sample().steps().get(1).thought()).isEqualTo("sure\n\nSo the answer is:");
        assertThat(read.warnings()).singleElement().asString().startsWith("message 5 (assistant)").contains("outside the tags");
    }

    @Test
    void aTurnStartingInsideTheThoughtKeepsItsThought() throws Exception {
        var read = read(trajectory("assistant", "Opened by the template.\n</think>\n<answer>x</answer>"));

        assertThat(read.sample().steps().getFirst().thought()).isEqualTo("Opened by the template.");
        assertThat(read.sample().steps().getFirst().action()).isEqualTo(new FinalAnswer("x"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void anUnwrappedUserTurnAfterAStepJoinsItsObservation() throws Exception {
        var read = read(trajectory(
                "assistant", "<tool_call>{\"name\": \"search\", \"arguments\": {}}</tool_call>",
                "user", "<tool_response>r</tool_response>",
                "user", "You have now reached the maximum context length.",
                "assistant", "<answer>x</answer>"));

        assertThat(read.sample().steps().getFirst().observation())
                .isEqualTo("r\n\nYou have now reached the maximum context length.");
        assertThat(read.warnings()).singleElement().asString().startsWith("message 5 (user)").contains("not wrapped");
    }

    @Nested
    class Question {
        @Test
        void isTheTextAfterTheLastUserMarker() throws Exception {
            String prompt = "Format: the line 'User: ...' holds the question.\nUser: example?\n\nUser:  The real one?  ";
            var read = read(chat("user", prompt, "assistant", "<answer>a</answer>"));

            assertThat(read.sample().question()).isEqualTo("The real one?");
            assertThat(read.sample().system()).isNull();
            assertThat(read.sample().metadata().get(ReactRecordMapper.FIRST_USER_TURN).stringValue()).isEqualTo(prompt);
        }

        @Test
        void isTheWholeTurnWhenItHoldsNothingElse() throws Exception {
            var read = read(chat("user", "  What is 2+2?\n", "assistant", "<answer>4</answer>"));

            assertThat(read.sample().question()).isEqualTo("What is 2+2?");
            assertThat(read.sample().metadata()).doesNotContainKey(ReactRecordMapper.FIRST_USER_TURN);
        }

        @Test
        void theQuestionFieldWins() throws Exception {
            ObjectNode record = chat("user", PROMPT, "assistant", "<answer>a</answer>");
            record.put("question", "From the field?");
            var read = read(record);

            assertThat(read.sample().question()).isEqualTo("From the field?");
            assertThat(read.sample().metadata()).doesNotContainKey("question").containsKey(ReactRecordMapper.FIRST_USER_TURN);
        }
    }

    @Test
    void readsATongyiInferenceRow() throws Exception {
        String system = """
                You are a deep research assistant.

                # Tools

                <tools>
                {"type": "function", "function": {"name": "search", "description": "Google search.", "parameters": {"type": "object", "properties": {"query": {"type": "array"}}, "required": ["query"]}}}
                {"type": "function", "function": {"name": "visit", "description": "Visit.", "parameters": {"type": "object"}}}
                </tools>

                Current date: 2025-09-01""";
        ObjectNode record = Json.object();
        record.put("question", "Capital of France?");
        record.put("answer", "Paris");
        record.set("messages", chat(
                "system", system,
                "user", "Capital of France?",
                "assistant", "<think>easy, but check</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\"capital of France\"]}}\n</tool_call>",
                "user", "<tool_response>\nParis is the capital of France.\n</tool_response>",
                "assistant", "<think>confirmed</think>\n<answer>Paris</answer>").get("messages"));
        record.put("prediction", "Paris");
        record.put("termination", "answer");
        var read = read(record);
        Sample sample = read.sample();

        assertThat(read.warnings()).isEmpty();
        assertThat(new ReactChatmlFormat().recognise(record)).isEqualTo(100);
        assertThat(sample.question()).isEqualTo("Capital of France?");
        assertThat(sample.answer()).isEqualTo("Paris");
        assertThat(sample.system()).isEqualTo(system);
        assertThat(sample.tools()).extracting(ToolSpec::name).containsExactly("search", "visit");
        assertThat(sample.tools().getFirst().parameters().get("required").get(0).stringValue()).isEqualTo("query");
        assertThat(sample.steps()).hasSize(2);
        assertThat(sample.finalAnswer()).hasValue("Paris");
        assertThat(sample.metadata()).containsOnlyKeys("prediction", "termination");
        assertThat(sample.metadata().get("prediction").stringValue()).isEqualTo("Paris");
        assertThat(sample.metadata().get("termination").stringValue()).isEqualTo("answer");
    }

    @Test
    void unknownFieldsGoToMetadataUnchangedAndInOrder() throws Exception {
        ObjectNode record = Json.object();
        record.put("source", "crawl-7");
        record.put("score", 0.75);
        record.set("answer", parse("[[\"Santa Claus\", \"the horse Santa Claus\"]]"));
        record.set("extra", parse("{\"nested\": [1, 2, {\"k\": null}]}"));
        record.set("functions", parse("""
                [{"name_for_human": "search", "name_for_model": "search", "description_for_model": "Search.",
                  "parameters": {"type": "object"}}]"""));
        record.set("messages", trajectory("assistant", "<answer>Santa Claus</answer>").get("messages"));
        record.put("tag", "e2hqa");
        record.set("tool_calls", parse("[]"));
        Sample sample = read(record).sample();

        assertThat(sample.metadata().keySet()).containsExactly(
                "source", "score", "answer", "extra", "functions", "tag", "tool_calls", ReactRecordMapper.FIRST_USER_TURN);
        assertThat(sample.metadata().get("score").doubleValue()).isEqualTo(0.75);
        assertThat(sample.metadata().get("extra")).isEqualTo(record.get("extra"));
        assertThat(sample.metadata().get("functions")).isEqualTo(record.get("functions"));
        assertThat(sample.metadata().get("answer")).isEqualTo(record.get("answer"));
        assertThat(sample.answer()).isEqualTo("Santa Claus; the horse Santa Claus");
        // The prompt's <tools> block, what the agent really saw, wins over `functions`, which stays in metadata.
        assertThat(sample.tools()).extracting(ToolSpec::name).containsExactly("search", "visit");
        assertThat(sample.tools().getFirst().description()).isEqualTo("Web search.");
    }

    @Test
    void plainFunctionsAreFullyRepresentedAndLeaveMetadataWhenThePromptListsNoTools() throws Exception {
        ObjectNode record = chat("user", QUESTION, "assistant", "<answer>x</answer>");
        record.set("functions", parse("[{\"name\": \"search\", \"description\": \"S.\", \"parameters\": {\"type\": \"object\"}}]"));
        record.put("id", "sample-42");
        record.put("judgment", "correct");
        Sample sample = read(record).sample();

        assertThat(sample.tools()).containsExactly(new ToolSpec("search", "S.", parse("{\"type\": \"object\"}")));
        assertThat(sample.id()).isEqualTo("sample-42");
        assertThat(sample.judgment()).isEqualTo(Judgment.CORRECT);
        assertThat(sample.metadata()).isEmpty();
    }

    @Test
    void messagesThatFitNowhereAreKeptWithAWarning() throws Exception {
        ObjectNode record = trajectory(
                "assistant", "<tool_call>{\"name\": \"search\", \"arguments\": {}}</tool_call>",
                "system", "mid-trajectory instruction",
                "user", "<tool_response>r</tool_response>",
                "assistant", "<answer>x</answer>");
        ((ObjectNode) record.get("messages").get(4)).put("name", "search-tool");
        var read = read(record);

        assertThat(read.sample().metadata().get(ReactRecordMapper.UNPLACED_MESSAGES))
                .isEqualTo(parse("[{\"index\": 4, \"role\": \"system\", \"content\": \"mid-trajectory instruction\"}]"));
        assertThat(read.sample().metadata().get(ReactRecordMapper.MESSAGE_FIELDS))
                .isEqualTo(parse("[{\"index\": 5, \"name\": \"search-tool\"}]"));
        assertThat(read.sample().steps().getFirst().observation()).isEqualTo("r");
        assertThat(read.warnings()).singleElement().asString().startsWith("message 4: ");
    }

    @Nested
    class Rejections {
        @Test
        void noMessages() {
            ObjectNode record = Json.object().put("question", "q?");
            assertThatThrownBy(() -> read(record)).isInstanceOf(RecordRejectedException.class)
                    .hasMessage("no 'messages' array");
            ObjectNode notAnArray = Json.object().put("messages", "hello");
            assertThatThrownBy(() -> read(notAnArray)).hasMessage("no 'messages' array");
        }

        @Test
        void noAssistantTurn() {
            assertThatThrownBy(() -> read(chat("system", SYSTEM, "user", "q?")))
                    .isInstanceOf(RecordRejectedException.class)
                    .hasMessage("no assistant turn in 'messages'");
        }

        @Test
        void noQuestion() {
            assertThatThrownBy(() -> read(chat("system", SYSTEM, "assistant", "<answer>a</answer>")))
                    .isInstanceOf(RecordRejectedException.class)
                    .hasMessageStartingWith("no question: no 'question' field and no user turn");
            String toolsOnly = PROMPT.substring(0, PROMPT.indexOf("User:"));
            assertThatThrownBy(() -> read(chat("user", toolsOnly, "assistant", "<answer>a</answer>")))
                    .hasMessage("no question: the first user turn lists tools but has no 'User:' line");
        }

        @Test
        void theParserReportsTheLineAndReason() {
            byte[] line = "{\"messages\": [{\"role\": \"user\", \"content\": \"q?\"}]}".getBytes(StandardCharsets.UTF_8);
            ReadOutcome outcome = new RecordParser(new ReactChatmlFormat()).parse(new RawLine(7, 0, line));

            assertThat(outcome).isEqualTo(new ReadOutcome.Rejected(7, "no assistant turn in 'messages'"));
        }
    }
}
