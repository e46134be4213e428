package org.trajectorystudio.model.format.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trajectorystudio.model.format.chat.ChatRecords.line;
import static org.trajectorystudio.model.format.chat.ChatRecords.read;
import static org.trajectorystudio.model.format.chat.ChatRecords.record;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.chat.ChatRecords;
import org.trajectorystudio.model.format.chat.ChatRecords.FileRead;
import org.trajectorystudio.model.format.chat.ChatRecords.Read;
import org.trajectorystudio.model.format.chat.ChatSampleBuilder;
import org.trajectorystudio.model.format.sharegpt.ShareGptFormat;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;

class OpenAiFormatTest {
    private final OpenAiFormat format = new OpenAiFormat();

    private static final String PARALLEL = """
            {"messages": [
              {"role": "system", "content": "You are a researcher."},
              {"role": "user", "content": "Who founded Acme and when?"},
              {"role": "assistant", "content": null, "reasoning_content": "Two facts: search both at once.",
               "tool_calls": [
                 {"id": "c1", "type": "function", "function": {"name": "search", "arguments": "{\\"query\\": [\\"Acme founder\\"]}"}},
                 {"id": "c2", "type": "function", "function": {"name": "visit", "arguments": {"url": ["https://acme.example"], "goal": "year"}}}
               ]},
              {"role": "tool", "tool_call_id": "c2", "content": "Founded in 1947."},
              {"role": "tool", "tool_call_id": "c1", "content": "Founder: Wile E."},
              {"role": "assistant", "reasoning_content": "Both found.", "content": "Wile E., in 1947."}
            ],
            "tools": [
              {"type": "function", "function": {"name": "search", "description": "Web search", "parameters": {"type": "object"}}},
              {"type": "function", "function": {"name": "visit", "description": "Visit pages", "parameters": {"type": "object"}}}
            ]}
            """;

    @Nested
    class ToolCallsAndResults {
        @Test
        void parallelCallsAreOneActionAndTheirResultsJoinInCallOrder() throws Exception {
            Read read = read(format, PARALLEL);
            Sample sample = read.sample();

            assertThat(sample.kind()).isEqualTo(SampleKind.TRAJECTORY);
            assertThat(sample.question()).isEqualTo("Who founded Acme and when?");
            assertThat(sample.system()).isEqualTo("You are a researcher.");
            assertThat(sample.steps()).hasSize(2);
            Step first = sample.steps().getFirst();
            assertThat(first.thought()).isEqualTo("Two facts: search both at once.");
            assertThat(first.toolCalls()).extracting(ToolCall::id, ToolCall::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("c1", "search"), org.assertj.core.groups.Tuple.tuple("c2", "visit"));
            // Results came back c2 first; the observation follows the calls.
            assertThat(first.observation()).isEqualTo("Founder: Wile E.\n\nFounded in 1947.");
            JsonNode mapping = first.metadata().get(ChatSampleBuilder.TOOL_RESULTS);
            assertThat(mapping).hasSize(2);
            assertThat(mapping.get(0).get("call").intValue()).isZero();
            assertThat(mapping.get(0).get("tool_call_id").stringValue()).isEqualTo("c1");
            assertThat(mapping.get(1).get("tool_call_id").stringValue()).isEqualTo("c2");
            int from = mapping.get(1).get("from").intValue();
            int to = mapping.get(1).get("to").intValue();
            assertThat(first.observation().substring(from, to)).isEqualTo("Founded in 1947.");
            assertThat(first.observation().substring(mapping.get(0).get("from").intValue(), mapping.get(0).get("to").intValue()))
                    .isEqualTo("Founder: Wile E.");
            assertThat(sample.finalAnswer()).contains("Wile E., in 1947.");
            assertThat(sample.steps().getLast().thought()).isEqualTo("Both found.");
            assertThat(read.warnings()).isEmpty();
        }

        @Test
        void argumentsGivenAsStringAreParsedAndAsObjectAreKept() throws Exception {
            List<ToolCall> calls = read(format, PARALLEL).sample().steps().getFirst().toolCalls();

            assertThat(calls.get(0).hasInvalidArguments()).isFalse();
            assertThat(calls.get(0).arguments().get("query").get(0).stringValue()).isEqualTo("Acme founder");
            assertThat(calls.get(1).arguments().get("goal").stringValue()).isEqualTo("year");
            assertThat(calls.get(1).arguments().get("url").isArray()).isTrue();
        }

        @Test
        void invalidArgumentsAreKeptRawFlaggedAndWarned() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "search", "arguments": "{\\"query\\": [\\"acme\\""}}]},
                      {"role": "tool", "tool_call_id": "c1", "content": "r"}
                    ]}
                    """);

            ToolCall call = read.sample().steps().getFirst().toolCalls().getFirst();
            assertThat(call.hasInvalidArguments()).isTrue();
            assertThat(call.arguments()).isNull();
            assertThat(call.rawArguments()).isEqualTo("{\"query\": [\"acme\"");
            assertThat(call.name()).isEqualTo("search");
            assertThat(call.id()).isEqualTo("c1");
            assertThat(read.warnings()).singleElement().asString()
                    .startsWith("message 2 (assistant): ").contains("'search'").contains("not valid JSON");
            assertThat(read.sample().steps().getFirst().observation()).isEqualTo("r");
        }

        @Test
        void resultsWithoutIdsMatchInOrderAndAnUnknownIdIsWarned() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "tool_calls": [
                        {"id": "a", "type": "function", "function": {"name": "search", "arguments": "{}"}},
                        {"id": "b", "type": "function", "function": {"name": "search", "arguments": "{}"}}]},
                      {"role": "tool", "tool_call_id": "zzz", "content": "first"},
                      {"role": "tool", "content": "second"},
                      {"role": "assistant", "content": "done"}
                    ]}
                    """);

            Step step = read.sample().steps().getFirst();
            assertThat(step.observation()).isEqualTo("first\n\nsecond");
            assertThat(step.metadata().get(ChatSampleBuilder.TOOL_RESULTS).get(0).get("tool_call_id").stringValue())
                    .isEqualTo("zzz");
            assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("'zzz'").contains("matched in order"));
        }

        @Test
        void legacyFunctionCallAndFunctionRoleMakeAStep() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "Weather in Paris?"},
                      {"role": "assistant", "content": null,
                       "function_call": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}},
                      {"role": "function", "name": "get_weather", "content": "{\\"temp\\": 21}"},
                      {"role": "assistant", "content": "21 degrees."}
                    ],
                    "functions": [{"name": "get_weather", "description": "Weather now", "parameters": {"type": "object"}}]}
                    """);

            Sample sample = read.sample();
            Step step = sample.steps().getFirst();
            assertThat(step.action()).isInstanceOf(ToolCalls.class);
            ToolCall call = step.toolCalls().getFirst();
            assertThat(call.id()).isNull();
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments().get("city").stringValue()).isEqualTo("Paris");
            assertThat(step.observation()).isEqualTo("{\"temp\": 21}");
            // The result's name repeats its call's: nothing to map.
            assertThat(step.metadata()).doesNotContainKey(ChatSampleBuilder.TOOL_RESULTS);
            assertThat(sample.tools()).singleElement().satisfies(tool -> {
                assertThat(tool.name()).isEqualTo("get_weather");
                assertThat(tool.description()).isEqualTo("Weather now");
            });
            assertThat(sample.metadata()).doesNotContainKey("functions");
            assertThat(sample.finalAnswer()).contains("21 degrees.");
            assertThat(read.warnings()).isEmpty();
        }

        @Test
        void assistantTextFollowedByACallTurnIsThatCallsThought() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "content": "Let me look that up."},
                      {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "search", "arguments": "{}"}}]},
                      {"role": "tool", "tool_call_id": "c", "content": "r"},
                      {"role": "assistant", "content": "a"}
                    ]}
                    """);

            assertThat(read.sample().steps()).hasSize(2);
            assertThat(read.sample().steps().getFirst().thought()).isEqualTo("Let me look that up.");
            assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("thought of this turn's calls"));
        }
    }

    @Nested
    class Unusual {
        @Test
        void hermesTagsInAssistantContentAreReadWhenTheFormatIsForced() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "content": "<think>t</think><tool_call>{\\"name\\": \\"search\\", \\"arguments\\": {\\"q\\": 1}}</tool_call>"},
                      {"role": "tool", "content": "r"},
                      {"role": "assistant", "content": "<answer>a</answer>"}
                    ]}
                    """);

            Step step = read.sample().steps().getFirst();
            assertThat(step.thought()).isEqualTo("t");
            assertThat(step.toolCalls().getFirst().arguments().get("q").intValue()).isEqualTo(1);
            assertThat(step.observation()).isEqualTo("r");
            assertThat(read.sample().finalAnswer()).contains("a");
        }

        @Test
        void aToolResultWithoutACallAndSurplusResultsAreKeptWithWarnings() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "tool", "content": "orphan"},
                      {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "s", "arguments": "{}"}}]},
                      {"role": "tool", "tool_call_id": "c", "content": "one"},
                      {"role": "tool", "content": "two"}
                    ]}
                    """);

            Step step = read.sample().steps().getFirst();
            assertThat(step.metadata().get(ChatSampleBuilder.MESSAGES_BEFORE).get(0).get("content").stringValue())
                    .isEqualTo("orphan");
            assertThat(step.observation()).isEqualTo("one\n\ntwo");
            assertThat(step.metadata().get(ChatSampleBuilder.TOOL_RESULTS).get(1).has("call")).isFalse();
            assertThat(read.warnings()).anySatisfy(w -> assertThat(w).startsWith("message 2: a tool result without a tool call"));
            assertThat(read.warnings()).anySatisfy(w -> assertThat(w).startsWith("message 5 (tool): more tool results"));
        }

        @Test
        void aMissingResultOfAParallelCallIsWarned() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "tool_calls": [
                        {"id": "a", "type": "function", "function": {"name": "s", "arguments": "{}"}},
                        {"id": "b", "type": "function", "function": {"name": "s", "arguments": "{}"}}]},
                      {"role": "tool", "tool_call_id": "b", "content": "for b"}
                    ]}
                    """);

            Step step = read.sample().steps().getFirst();
            assertThat(step.observation()).isEqualTo("for b");
            assertThat(step.metadata().get(ChatSampleBuilder.TOOL_RESULTS).get(0).get("call").intValue()).isEqualTo(1);
            assertThat(read.warnings()).singleElement().asString().contains("1 of the step's 2 tool calls have no result");
        }

        @Test
        void theRecordQuestionFieldStandsInForAMissingUserMessage() throws Exception {
            Read read = read(format, """
                    {"question": "What is 2+2?", "messages": [{"role": "assistant", "content": "4"}]}
                    """);

            assertThat(read.sample().question()).isEqualTo("What is 2+2?");
            assertThat(read.sample().metadata()).doesNotContainKey("question");
            assertThat(read.sample().metadata().get(ChatSampleBuilder.MESSAGES_AFTER)).isNull();
            assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("'question' field"));
        }
    }

    @Nested
    class Content {
        @Test
        void textPartsAreConcatenatedAndOtherPartsKeptInMetadata() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": [
                        {"type": "text", "text": "What is in "},
                        {"type": "image_url", "image_url": {"url": "https://x.example/cat.png"}},
                        {"type": "text", "text": "this picture?"}]},
                      {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "search", "arguments": "{}"}}]},
                      {"role": "tool", "tool_call_id": "c", "content": [{"type": "text", "text": "a cat"}, {"type": "image_url", "image_url": {"url": "https://x.example/r.png"}}]},
                      {"role": "assistant", "content": [{"type": "text", "text": "A cat."}, {"type": "input_audio", "input_audio": {"data": "AAAA"}}]}
                    ]}
                    """);

            Sample sample = read.sample();
            assertThat(sample.question()).isEqualTo("What is in this picture?");
            JsonNode questionFields = sample.metadata().get(ChatSampleBuilder.MESSAGE_FIELDS).get(0);
            assertThat(questionFields.get("index").intValue()).isEqualTo(1);
            assertThat(questionFields.get(ChatSampleBuilder.CONTENT_PARTS).get(0).get("image_url").get("url").stringValue())
                    .isEqualTo("https://x.example/cat.png");

            Step first = sample.steps().getFirst();
            assertThat(first.observation()).isEqualTo("a cat");
            assertThat(first.metadata().get(ChatSampleBuilder.TOOL_RESULTS).get(0).get(ChatSampleBuilder.CONTENT_PARTS).get(0)
                    .get("type").stringValue()).isEqualTo("image_url");

            Step last = sample.steps().getLast();
            assertThat(last.action()).isEqualTo(new FinalAnswer("A cat."));
            assertThat(last.metadata().get(ChatSampleBuilder.MESSAGE_FIELDS).get(ChatSampleBuilder.CONTENT_PARTS).get(0)
                    .get("type").stringValue()).isEqualTo("input_audio");
        }

        @Test
        void answerTagsAreStrippedAndThinkTagsBecomeTheThought() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "content": "<think>It is obviously 4.</think>\\n<answer>4</answer>"}
                    ]}
                    """);

            Step step = read.sample().steps().getFirst();
            assertThat(step.thought()).isEqualTo("It is obviously 4.");
            assertThat(step.action()).isEqualTo(new FinalAnswer("4"));
            assertThat(read.warnings()).isEmpty();
        }

        @Test
        void reasoningFieldIsTheThoughtAndContentBesideCallsJoinsIt() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "reasoning": "Need data.", "content": "Searching now.",
                       "tool_calls": [{"id": "c", "type": "function", "function": {"name": "search", "arguments": "{}"}}]},
                      {"role": "tool", "tool_call_id": "c", "content": "r"},
                      {"role": "assistant", "content": "plain answer", "weight": 1}
                    ]}
                    """);

            Sample sample = read.sample();
            assertThat(sample.steps().getFirst().thought()).isEqualTo("Need data.\n\nSearching now.");
            assertThat(sample.steps().getLast().thought()).isNull();
            assertThat(sample.steps().getLast().metadata().get(ChatSampleBuilder.MESSAGE_FIELDS).get("weight").intValue())
                    .isEqualTo(1);
        }
    }

    @Nested
    class TopLevelFields {
        @Test
        void toolsBecomeToolSpecsAndAreNotRepeatedInMetadata() throws Exception {
            Sample sample = read(format, PARALLEL).sample();

            assertThat(sample.tools()).extracting(t -> t.name()).containsExactly("search", "visit");
            assertThat(sample.tools().getFirst().description()).isEqualTo("Web search");
            assertThat(sample.tools().getFirst().parameters().get("type").stringValue()).isEqualTo("object");
            assertThat(sample.metadata()).doesNotContainKey("tools");
        }

        @Test
        void toolsWithFieldsWithoutACanonicalPlaceStayInMetadataToo() throws Exception {
            Sample sample = read(format, """
                    {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}],
                     "tools": [{"type": "function", "function": {"name": "search", "strict": true, "parameters": {}}}]}
                    """).sample();

            assertThat(sample.tools()).extracting(t -> t.name()).containsExactly("search");
            assertThat(sample.metadata().get("tools").get(0).get("function").get("strict").booleanValue()).isTrue();
        }

        @Test
        void unknownTopLevelFieldsGoToMetadataAndKnownOnesToTheirPlace() throws Exception {
            Read read = read(format, """
                    {"id": "row-7", "source": "synthetic", "difficulty": {"level": 3},
                     "kind": "fas_planning", "answer": "1947", "judgment": "correct",
                     "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}
                    """);

            Sample sample = read.sample();
            assertThat(sample.id()).isEqualTo("row-7");
            assertThat(sample.kind()).isEqualTo(SampleKind.FAS_PLANNING);
            assertThat(sample.answer()).isEqualTo("1947");
            assertThat(sample.judgment()).isEqualTo(Judgment.CORRECT);
            assertThat(sample.metadata().keySet()).containsExactly("source", "difficulty");
            assertThat(sample.metadata().get("difficulty").get("level").intValue()).isEqualTo(3);
        }

        @Test
        void anUnknownKindIsWarnedAndKept() throws Exception {
            Read read = read(format, """
                    {"kind": "essay", "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}
                    """);

            assertThat(read.sample().kind()).isEqualTo(SampleKind.TRAJECTORY);
            assertThat(read.sample().metadata().get("kind").stringValue()).isEqualTo("essay");
            assertThat(read.warnings()).singleElement().asString().contains("essay");
        }

        @Test
        void laterUserMessagesAndUnknownRolesAreKeptWithTheirStep() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "first question"},
                      {"role": "assistant", "content": "first answer"},
                      {"role": "user", "content": "are you sure?"},
                      {"role": "critic", "content": "check again"},
                      {"role": "assistant", "content": "yes"},
                      {"role": "user", "content": "thanks"}
                    ]}
                    """);

            Sample sample = read.sample();
            assertThat(sample.question()).isEqualTo("first question");
            assertThat(sample.steps()).hasSize(2);
            // A follow-up user turn goes with the step after it; a turn of an unknown role stays in metadata.
            assertThat(sample.steps().get(1).user()).isEqualTo("are you sure?");
            JsonNode before = sample.steps().get(1).metadata().get(ChatSampleBuilder.MESSAGES_BEFORE);
            assertThat(before).hasSize(1);
            assertThat(before.get(0).get("role").stringValue()).isEqualTo("critic");
            assertThat(sample.metadata().get(ChatSampleBuilder.TRAILING_USER).stringValue()).isEqualTo("thanks");
            assertThat(read.warnings()).singleElement().asString().contains("'critic'");
        }

        @Test
        void aFollowUpUserMessageIsTheUserTurnOfTheStepAfterIt() throws Exception {
            Read read = read(format, """
                    {"messages": [
                      {"role": "user", "content": "first question"},
                      {"role": "assistant", "content": "first answer"},
                      {"role": "user", "content": "are you sure?"},
                      {"role": "assistant", "content": "", "tool_calls": [{"type": "function", "function": {"name": "check", "arguments": "{}"}}]},
                      {"role": "tool", "content": "ok"}
                    ]}
                    """);
            List<Step> steps = read.sample().steps();
            assertThat(steps).hasSize(2);
            assertThat(steps.get(0).user()).isNull();
            assertThat(steps.get(1).user()).isEqualTo("are you sure?");
            assertThat(steps.get(1).toolCalls()).singleElement().extracting(ToolCall::name).isEqualTo("check");
            assertThat(steps.get(1).metadata()).doesNotContainKey(ChatSampleBuilder.MESSAGES_BEFORE);
            assertThat(read.warnings()).noneMatch(w -> w.contains("besides the question"));
        }
    }

    @Nested
    class Rejections {
        @Test
        void eachUnreadableRecordIsRejectedWithItsLineAndReading(@TempDir Path dir) throws Exception {
            FileRead file = ChatRecords.readFile(dir, List.of(
                    line(PARALLEL),
                    line("""
                            {"prompt": "no messages here"}"""),
                    line("""
                            {"messages": [{"role": "system", "content": "s"}, {"role": "assistant", "content": "a"}]}"""),
                    line("""
                            {"messages": [{"role": "user", "content": "q"}]}"""),
                    line("""
                            {"messages": [{"role": "user", "content": "q"}, "assistant: a"]}"""),
                    line("""
                            {"messages": {"role": "user"}}"""),
                    line(PARALLEL)));

            assertThat(file.format()).isEqualTo(OpenAiFormat.NAME);
            assertThat(file.outcomes()).hasSize(7);
            assertThat(file.read(0).sample().steps()).hasSize(2);
            assertThat(file.rejected(1).line()).isEqualTo(2);
            assertThat(file.rejected(1).reason())
                    .isEqualTo("no conversation found: top-level keys are prompt; name one with --messages-key");
            assertThat(file.rejected(2).line()).isEqualTo(3);
            assertThat(file.rejected(2).reason()).contains("no user message");
            assertThat(file.rejected(3).line()).isEqualTo(4);
            assertThat(file.rejected(3).reason()).contains("no assistant message");
            assertThat(file.rejected(4).line()).isEqualTo(5);
            assertThat(file.rejected(4).reason()).isEqualTo("message 2 is not an object");
            assertThat(file.rejected(5).reason()).isEqualTo("'messages' is not an array");
            assertThat(file.read(6).line()).isEqualTo(7);
        }

        @Test
        void anEmptyFirstUserMessageIsNoQuestion() {
            assertThatThrownBy(() -> format.read(record("""
                    {"messages": [{"role": "user", "content": "  "}, {"role": "assistant", "content": "a"}]}
                    """), new org.trajectorystudio.model.format.RecordContext(1)))
                    .isInstanceOf(RecordRejectedException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Nested
    class Detection {
        @Test
        void openAiFilesAreDetectedAsOpenAi(@TempDir Path dir) throws Exception {
            FileRead file = ChatRecords.readFile(dir, List.of(line(PARALLEL), line("""
                    {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}""")));

            assertThat(file.format()).isEqualTo(OpenAiFormat.NAME);
            assertThat(file.outcomes()).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(
                    org.trajectorystudio.model.format.ReadOutcome.Read.class));
        }

        @Test
        void structuredRecordsScoreHighAndPlainChatModerately() {
            assertThat(format.recognise(record(PARALLEL))).isGreaterThanOrEqualTo(90);
            assertThat(format.recognise(record("""
                    {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "reasoning_content": "r", "content": "a"}]}
                    """))).isGreaterThanOrEqualTo(90);
            int plain = format.recognise(record("""
                    {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}
                    """));
            assertThat(plain).isBetween(30, 70);
        }

        @Test
        void tagStyleRecordsScoreLowSoThatReactChatmlWinsThem() {
            int tagStyle = format.recognise(record("""
                    {"messages": [
                      {"role": "user", "content": "q"},
                      {"role": "assistant", "content": "<think>t</think><tool_call>{\\"name\\": \\"search\\", \\"arguments\\": {}}</tool_call>"},
                      {"role": "user", "content": "<tool_response>r</tool_response>"},
                      {"role": "assistant", "content": "<answer>a</answer>"}
                    ]}
                    """));
            assertThat(tagStyle).isPositive().isLessThanOrEqualTo(10);
        }

        @Test
        void shareGptAndStudioRecordsScoreZero() {
            assertThat(format.recognise(record("""
                    {"conversations": [{"from": "human", "value": "q"}], "messages": [{"role": "user", "content": "q"}]}
                    """))).isZero();
            assertThat(format.recognise(record("""
                    {"schema": "trajectory-studio/v1", "messages": [{"role": "user", "content": "q"}], "question": "q", "steps": []}
                    """))).isZero();
            assertThat(new ShareGptFormat().recognise(record(PARALLEL))).isZero();
            assertThat(format.recognise(Json.object().put("text", "x"))).isZero();
        }
    }
}
