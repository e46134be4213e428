package org.trajectorystudio.model.format.sharegpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.trajectorystudio.model.format.chat.ChatRecords.line;
import static org.trajectorystudio.model.format.chat.ChatRecords.read;
import static org.trajectorystudio.model.format.chat.ChatRecords.record;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.chat.ChatRecords;
import org.trajectorystudio.model.format.chat.ChatRecords.FileRead;
import org.trajectorystudio.model.format.chat.ChatRecords.Read;
import org.trajectorystudio.model.format.chat.ChatSampleBuilder;
import org.trajectorystudio.model.text.ToolCallReader;
import org.trajectorystudio.model.format.openai.OpenAiFormat;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;

class ShareGptFormatTest {
    private final ShareGptFormat format = new ShareGptFormat();

    /** Hermes function calling: tools in the system prompt, tags in the values. */
    private static final String HERMES = """
            {"conversations": [
              {"from": "system", "value": "You are a function calling AI model. <tools> [{\\"type\\": \\"function\\", \\"function\\": {\\"name\\": \\"search\\", \\"description\\": \\"Web search\\", \\"parameters\\": {\\"type\\": \\"object\\"}}}] </tools>"},
              {"from": "human", "value": "Who wrote Dune?"},
              {"from": "gpt", "value": "<think>Look it up.</think>\\n<tool_call>\\n{\\"name\\": \\"search\\", \\"arguments\\": {\\"query\\": [\\"Dune author\\"]}}\\n</tool_call>"},
              {"from": "tool", "value": "<tool_response>\\nFrank Herbert wrote Dune.\\n</tool_response>"},
              {"from": "gpt", "value": "<think>Found it.</think><answer>Frank Herbert</answer>"}
            ],
            "category": "books"}
            """;

    /** LLaMA-Factory tool format: tools as a JSON string, function_call and observation turns. */
    private static final String LLAMA_FACTORY = """
            {"conversations": [
              {"from": "human", "value": "Weather in Paris and Rome?"},
              {"from": "function_call", "value": "[{\\"name\\": \\"get_weather\\", \\"arguments\\": {\\"city\\": \\"Paris\\"}}, {\\"name\\": \\"get_weather\\", \\"arguments\\": \\"{\\\\\\"city\\\\\\": \\\\\\"Rome\\\\\\"}\\"}]"},
              {"from": "observation", "value": "[{\\"temp\\": 21}, {\\"temp\\": 25}]"},
              {"from": "gpt", "value": "Paris 21, Rome 25."}
            ],
            "system": "You can call tools.",
            "tools": "[{\\"name\\": \\"get_weather\\", \\"description\\": \\"Current weather\\", \\"parameters\\": {\\"type\\": \\"object\\", \\"properties\\": {\\"city\\": {\\"type\\": \\"string\\"}}}}]"}
            """;

    @Nested
    class Hermes {
        @Test
        void tagsInValuesBecomeThoughtsCallsObservationsAndTheAnswer() throws Exception {
            Read read = read(format, HERMES);
            Sample sample = read.sample();

            assertThat(sample.kind()).isEqualTo(SampleKind.TRAJECTORY);
            assertThat(sample.question()).isEqualTo("Who wrote Dune?");
            assertThat(sample.system()).startsWith("You are a function calling AI model.");
            assertThat(sample.steps()).hasSize(2);
            Step first = sample.steps().getFirst();
            assertThat(first.thought()).isEqualTo("Look it up.");
            ToolCall call = first.toolCalls().getFirst();
            assertThat(call.name()).isEqualTo("search");
            assertThat(call.arguments().get("query").get(0).stringValue()).isEqualTo("Dune author");
            assertThat(first.observation()).isEqualTo("Frank Herbert wrote Dune.");
            Step last = sample.steps().getLast();
            assertThat(last.thought()).isEqualTo("Found it.");
            assertThat(last.action()).isEqualTo(new FinalAnswer("Frank Herbert"));
            assertThat(read.warnings()).isEmpty();
        }

        @Test
        void toolsListedInTheSystemPromptAreRead() throws Exception {
            List<ToolSpec> tools = read(format, HERMES).sample().tools();

            assertThat(tools).singleElement().satisfies(tool -> {
                assertThat(tool.name()).isEqualTo("search");
                assertThat(tool.description()).isEqualTo("Web search");
            });
        }

        @Test
        void parallelBlocksAndTheirResponsesAreMatchedInOrder() throws Exception {
            Read read = read(format, """
                    {"conversations": [
                      {"from": "human", "value": "q"},
                      {"from": "gpt", "value": "I will search twice.\\n<tool_call>{\\"name\\": \\"search\\", \\"arguments\\": {\\"query\\": [\\"a\\"]}}</tool_call>\\n<tool_call>{\\"name\\": \\"visit\\", \\"arguments\\": {\\"url\\": [\\"u\\"]}}</tool_call>"},
                      {"from": "human", "value": "<tool_response>result A</tool_response>\\n<tool_response>result B</tool_response>"},
                      {"from": "gpt", "value": "done"}
                    ]}
                    """);

            Step step = read.sample().steps().getFirst();
            assertThat(step.thought()).isEqualTo("I will search twice.");
            assertThat(step.toolCalls()).extracting(ToolCall::name).containsExactly("search", "visit");
            assertThat(step.observation()).isEqualTo("result A\n\nresult B");
            JsonNode mapping = step.metadata().get(ChatSampleBuilder.TOOL_RESULTS);
            assertThat(mapping).hasSize(2);
            assertThat(mapping.get(1).get("call").intValue()).isEqualTo(1);
            assertThat(step.observation().substring(mapping.get(1).get("from").intValue(), mapping.get(1).get("to").intValue()))
                    .isEqualTo("result B");
            // The human turn carried results, not a new question or an interjection.
            assertThat(step.metadata()).doesNotContainKey(ChatSampleBuilder.MESSAGES_BEFORE);
            assertThat(read.sample().steps().getLast().metadata()).doesNotContainKey(ChatSampleBuilder.MESSAGES_BEFORE);
            assertThat(read.warnings()).isEmpty();
        }

        @Test
        void anUnreadableToolCallBlockIsKeptRawWithItsNameAndWarned() throws Exception {
            Read read = read(format, """
                    {"conversations": [
                      {"from": "human", "value": "q"},
                      {"from": "gpt", "value": "<tool_call>{\\"name\\": \\"search\\", \\"arguments\\": {\\"query\\": [\\"a\\"</tool_call>"},
                      {"from": "tool", "value": "r"}
                    ]}
                    """);

            ToolCall call = read.sample().steps().getFirst().toolCalls().getFirst();
            assertThat(call.name()).isEqualTo("search");
            assertThat(call.hasInvalidArguments()).isTrue();
            // name and arguments can still be told apart: what is kept raw is the arguments
            assertThat(call.rawArguments()).isEqualTo("{\"query\": [\"a\"");
            assertThat(read.warnings()).singleElement().asString().startsWith("turn 2 (gpt): ").contains("not valid JSON");
        }

        @Test
        void aPlainGptValueIsTheFinalAnswerVerbatim() throws Exception {
            Sample sample = read(format, """
                    {"conversations": [{"from": "human", "value": "q"}, {"from": "gpt", "value": "It is 4 (2 < 3)."}]}
                    """).sample();

            assertThat(sample.steps()).singleElement().satisfies(step -> {
                assertThat(step.action()).isEqualTo(new FinalAnswer("It is 4 (2 < 3)."));
                assertThat(step.thought()).isNull();
            });
        }
    }

    @Nested
    class LlamaFactory {
        @Test
        void functionCallListIsOneParallelActionAndTheObservationIsShared() throws Exception {
            Read read = read(format, LLAMA_FACTORY);
            Sample sample = read.sample();

            Step step = sample.steps().getFirst();
            assertThat(step.toolCalls()).extracting(ToolCall::name, c -> c.arguments().get("city").stringValue())
                    .containsExactly(tuple("get_weather", "Paris"), tuple("get_weather", "Rome"));
            assertThat(step.observation()).isEqualTo("[{\"temp\": 21}, {\"temp\": 25}]");
            assertThat(step.metadata()).doesNotContainKey(ChatSampleBuilder.TOOL_RESULTS);
            assertThat(sample.finalAnswer()).contains("Paris 21, Rome 25.");
            assertThat(read.warnings()).isEmpty();
        }

        @Test
        void toolsGivenAsAJsonStringAndTheSystemRowFieldAreRead() throws Exception {
            Sample sample = read(format, LLAMA_FACTORY).sample();

            assertThat(sample.tools()).singleElement().satisfies(tool -> {
                assertThat(tool.name()).isEqualTo("get_weather");
                assertThat(tool.description()).isEqualTo("Current weather");
                assertThat(tool.parameters().get("properties").has("city")).isTrue();
            });
            assertThat(sample.system()).isEqualTo("You can call tools.");
            assertThat(sample.metadata()).doesNotContainKeys("tools", "system");
        }

        @Test
        void aSingleFunctionCallObjectAndAnUnreadableOne() throws Exception {
            Read read = read(format, """
                    {"conversations": [
                      {"from": "human", "value": "q"},
                      {"from": "function_call", "value": "{\\"name\\": \\"calc\\", \\"arguments\\": {\\"x\\": 1}}"},
                      {"from": "observation", "value": "1"},
                      {"from": "function_call", "value": "calc(x=2)"},
                      {"from": "observation", "value": "2"},
                      {"from": "gpt", "value": "2"}
                    ]}
                    """);

            List<Step> steps = read.sample().steps();
            assertThat(steps).hasSize(3);
            assertThat(steps.get(0).toolCalls().getFirst().arguments().get("x").intValue()).isEqualTo(1);
            assertThat(steps.get(0).observation()).isEqualTo("1");
            ToolCall broken = steps.get(1).toolCalls().getFirst();
            assertThat(broken.hasInvalidArguments()).isTrue();
            assertThat(broken.name()).isEqualTo(ToolCallReader.UNKNOWN_TOOL);
            assertThat(broken.rawArguments()).isEqualTo("calc(x=2)");
            assertThat(steps.get(1).observation()).isEqualTo("2");
            assertThat(read.warnings()).singleElement().asString().startsWith("turn 4 (function_call): ");
        }

        @Test
        void toolsStringThatIsNotJsonIsWarnedAndKept() throws Exception {
            Read read = read(format, """
                    {"conversations": [{"from": "human", "value": "q"}, {"from": "gpt", "value": "a"}], "tools": "get_weather(city)"}
                    """);

            assertThat(read.sample().tools()).isEmpty();
            assertThat(read.sample().metadata().get("tools").stringValue()).isEqualTo("get_weather(city)");
            assertThat(read.warnings()).singleElement().asString().contains("'tools'");
        }
    }

    @Nested
    class Fields {
        @Test
        void unknownRowAndTurnFieldsAreKept() throws Exception {
            Sample sample = read(format, """
                    {"id": 12, "conversations": [
                      {"from": "human", "value": "q", "lang": "en"},
                      {"from": "gpt", "value": "a", "weight": 0}
                    ], "category": "math", "score": 0.5}
                    """).sample();

            assertThat(sample.id()).isEqualTo("12");
            assertThat(sample.metadata().keySet()).containsExactly("category", "score", ChatSampleBuilder.MESSAGE_FIELDS);
            assertThat(sample.metadata().get(ChatSampleBuilder.MESSAGE_FIELDS).get(0).get("lang").stringValue()).isEqualTo("en");
            assertThat(sample.steps().getFirst().metadata().get(ChatSampleBuilder.MESSAGE_FIELDS).get("weight").intValue())
                    .isZero();
        }

        @Test
        void aLaterHumanTurnIsTheUserTurnOfTheStepThatFollows() throws Exception {
            Read read = read(format, """
                    {"conversations": [
                      {"from": "human", "value": "q1"},
                      {"from": "gpt", "value": "a1"},
                      {"from": "human", "value": "q2"},
                      {"from": "gpt", "value": "a2"}
                    ]}
                    """);

            List<Step> steps = read.sample().steps();
            assertThat(steps).hasSize(2);
            assertThat(steps.get(0).user()).isNull();
            assertThat(steps.get(1).user()).isEqualTo("q2");
            assertThat(steps.get(1).metadata()).doesNotContainKey(ChatSampleBuilder.MESSAGES_BEFORE);
            assertThat(read.warnings()).isEmpty();
        }
    }

    @Nested
    class Rejections {
        @Test
        void eachUnreadableRecordIsRejectedWithItsLineAndReading(@TempDir Path dir) throws Exception {
            FileRead file = ChatRecords.readFile(dir, List.of(
                    line(HERMES),
                    line("""
                            {"conversation": [{"from": "human", "value": "q"}]}"""),
                    line("""
                            {"conversations": [{"from": "system", "value": "s"}, {"from": "gpt", "value": "a"}]}"""),
                    line("""
                            {"conversations": [{"from": "human", "value": "q"}, {"from": "observation", "value": "o"}]}"""),
                    line("""
                            {"conversations": [{"from": "human", "value": "q"}, ["gpt", "a"]]}"""),
                    line(LLAMA_FACTORY)));

            assertThat(file.format()).isEqualTo(ShareGptFormat.NAME);
            assertThat(file.read(0).sample().steps()).hasSize(2);
            assertThat(file.rejected(1).line()).isEqualTo(2);
            assertThat(file.rejected(1).reason())
                    .isEqualTo("no conversation found: top-level keys are conversation; name one with --messages-key");
            assertThat(file.rejected(2).line()).isEqualTo(3);
            assertThat(file.rejected(2).reason()).contains("no human turn");
            assertThat(file.rejected(3).line()).isEqualTo(4);
            assertThat(file.rejected(3).reason()).contains("no gpt turn");
            assertThat(file.rejected(4).line()).isEqualTo(5);
            assertThat(file.rejected(4).reason()).isEqualTo("turn 2 is not an object");
            assertThat(file.read(5).line()).isEqualTo(6);
        }
    }

    @Nested
    class Detection {
        @Test
        void shareGptFilesAreDetectedAsShareGpt(@TempDir Path dir) throws Exception {
            FileRead file = ChatRecords.readFile(dir, List.of(line(HERMES), line(LLAMA_FACTORY)));

            assertThat(file.format()).isEqualTo(ShareGptFormat.NAME);
            assertThat(file.outcomes()).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(ReadOutcome.Read.class));
        }

        @Test
        void conversationsScoreHighAndOtherRecordsZero() {
            assertThat(format.recognise(record(HERMES))).isGreaterThanOrEqualTo(90);
            assertThat(new OpenAiFormat().recognise(record(HERMES))).isZero();
            assertThat(format.recognise(record("""
                    {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}
                    """))).isZero();
            assertThat(format.recognise(record("""
                    {"conversations": [1, 2]}
                    """))).isZero();
            assertThat(format.recognise(record("""
                    {"schema": "trajectory-studio/v1", "conversations": [{"from": "human", "value": "q"}]}
                    """))).isZero();
        }
    }
}
