package org.trajectorystudio.model.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.text.ToolCallReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.testing.RandomSamples;
import tools.jackson.databind.JsonNode;

class CompletionParserTest {

    @Test
    void thoughtAndOneToolCall() {
        ParsedCompletion parsed = CompletionParser.parse("""
                <think>
                I should look it up.
                </think>

                <tool_call>
                {"name": "search", "arguments": {"query": ["capital of Kyrgyzstan"]}}
                </tool_call>""");

        assertThat(parsed.thought()).isEqualTo("I should look it up.");
        assertThat(parsed.action()).isEqualTo(new ToolCalls(List.of(
                ToolCall.parsed(null, "search", Json.tryParse("{\"query\": [\"capital of Kyrgyzstan\"]}")))));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.isWellFormed()).isTrue();
    }

    @Test
    void severalToolCallsAreParallelCalls() {
        ParsedCompletion parsed = CompletionParser.parse("<think>two things</think>\n"
                + "<tool_call>{\"name\": \"search\", \"arguments\": {\"query\": [\"a\"]}}</tool_call>\n"
                + "<tool_call>{\"name\": \"visit\", \"arguments\": {\"url\": [\"https://x.org\"], \"goal\": \"g\"}}</tool_call>");

        assertThat(parsed.action()).isInstanceOf(ToolCalls.class);
        assertThat(((ToolCalls) parsed.action()).calls()).extracting(ToolCall::name).containsExactly("search", "visit");
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void answer() {
        ParsedCompletion parsed = CompletionParser.parse("<think>I know this.</think>\n<answer>\nBishkek\n</answer>");

        assertThat(parsed.thought()).isEqualTo("I know this.");
        assertThat(parsed.action()).isEqualTo(new FinalAnswer("Bishkek"));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void thoughtCutOffBeforeItsClosingTagEndsAtTheAction() {
        ParsedCompletion parsed = CompletionParser.parse("<think>\nhmm, search\n<tool_call>{\"name\": \"search\", \"arguments\": {}}</tool_call>");

        assertThat(parsed.thought()).isEqualTo("hmm, search");
        assertThat(parsed.action()).isEqualTo(new ToolCalls(List.of(ToolCall.parsed(null, "search", Json.object()))));
        assertThat(parsed.problems()).containsExactly("<think> is not closed; the thought ends at the <tool_call>");
    }

    @Test
    void completionCutOffInsideTheThoughtHasNoAction() {
        ParsedCompletion parsed = CompletionParser.parse("<think>\nLet me think about the first");

        assertThat(parsed.thought()).isEqualTo("Let me think about the first");
        assertThat(parsed.action()).isNull();
        assertThat(parsed.toCandidate()).isEmpty();
        assertThat(parsed.isWellFormed()).isFalse();
        assertThat(parsed.problems()).containsExactly("<think> is not closed; read to the end of the text", "no action: neither <tool_call> nor <answer>");
    }

    @Test
    void closingThinkTagWithoutOpeningOneMeansTheTemplateOpenedIt() {
        ParsedCompletion parsed = CompletionParser.parse("considering the options\n</think>\n\n<answer>42</answer>");

        assertThat(parsed.thought()).isEqualTo("considering the options");
        assertThat(parsed.action()).isEqualTo(new FinalAnswer("42"));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void toolCallCutOffByTheTokenLimitKeepsWhatItHas() {
        ParsedCompletion parsed = CompletionParser.parse("<think>go</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"query\": [\"ab");

        ToolCall call = ((ToolCalls) parsed.action()).calls().getFirst();
        assertThat(call.name()).isEqualTo("search");
        assertThat(call.hasInvalidArguments()).isTrue();
        assertThat(call.rawArguments()).isEqualTo("{\"query\": [\"ab");
        assertThat(parsed.problems()).containsExactly(
                "<tool_call> 1 is not closed; read up to the end of the text",
                "tool call 1 ('search') has arguments that are not valid JSON; kept as raw text");
    }

    @Test
    void unclosedToolCallEndsWhereTheNextBegins() {
        ParsedCompletion parsed = CompletionParser.parse("<tool_call>{\"name\": \"a\", \"arguments\": {}}\n"
                + "<tool_call>{\"name\": \"b\", \"arguments\": {}}</tool_call>");

        assertThat(((ToolCalls) parsed.action()).calls()).extracting(ToolCall::name).containsExactly("a", "b");
        assertThat(((ToolCalls) parsed.action()).calls()).noneMatch(ToolCall::hasInvalidArguments);
        assertThat(parsed.problems()).containsExactly("<tool_call> 1 is not closed; read up to the next <tool_call>");
    }

    @Test
    void unclosedAnswerRunsToTheEnd() {
        ParsedCompletion parsed = CompletionParser.parse("<answer>Bish");

        assertThat(parsed.action()).isEqualTo(new FinalAnswer("Bish"));
        assertThat(parsed.problems()).containsExactly("<answer> is not closed; read to the end of the text");
    }

    @Test
    void argumentsAsAJsonStringAreParsed() {
        ParsedCompletion parsed = CompletionParser.parse("<tool_call>{\"name\": \"search\", \"arguments\": \"{\\\"query\\\": [\\\"x\\\"]}\"}</tool_call>");

        assertThat(((ToolCalls) parsed.action()).calls().getFirst().arguments()).isEqualTo(Json.tryParse("{\"query\": [\"x\"]}"));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void argumentsStringThatHoldsNoJsonObjectStaysAString() {
        ParsedCompletion parsed = CompletionParser.parse("<tool_call>{\"name\": \"search\", \"arguments\": \"query=x\"}</tool_call>");

        ToolCall call = ((ToolCalls) parsed.action()).calls().getFirst();
        assertThat(call.arguments()).isEqualTo(Json.tryParse("\"query=x\""));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void callThatIsNotJsonKeepsItsNameWhenOneCanBeFound() {
        ParsedCompletion parsed = CompletionParser.parse("<tool_call>{'x': 1, \"name\": \"visit\"</tool_call>");

        ToolCall call = ((ToolCalls) parsed.action()).calls().getFirst();
        assertThat(call.name()).isEqualTo("visit");
        assertThat(call.rawArguments()).isEqualTo("{'x': 1, \"name\": \"visit\"");
        assertThat(parsed.problems()).containsExactly("tool call 1 ('visit') cannot be read: it is not valid JSON; kept as raw text");
    }

    @Test
    void callWithoutAnyNameIsKeptNotDropped() {
        ParsedCompletion parsed = CompletionParser.parse("<tool_call>search for cats</tool_call>");

        ToolCall call = ((ToolCalls) parsed.action()).calls().getFirst();
        assertThat(call.name()).isEqualTo(ToolCallReader.UNKNOWN_TOOL);
        assertThat(call.rawArguments()).isEqualTo("search for cats");
        assertThat(parsed.problems()).containsExactly("tool call 1 cannot be read: it is not valid JSON; kept as raw text");
    }

    @Test
    void pythonCodeBlockBecomesTheCodeArgument() {
        ParsedCompletion parsed = CompletionParser.parse("""
                <tool_call>
                {"name": "PythonInterpreter", "arguments": {}}
                <code>
                print(6 * 7)
                </code>
                </tool_call>""");

        assertThat(((ToolCalls) parsed.action()).calls().getFirst())
                .isEqualTo(ToolCall.parsed(null, "PythonInterpreter", Json.object().put("code", "print(6 * 7)")));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void untaggedTextBeforeTheActionIsTheThought() {
        ParsedCompletion parsed = CompletionParser.parse("I will search.\n<tool_call>{\"name\": \"search\", \"arguments\": {}}</tool_call>");

        assertThat(parsed.thought()).isEqualTo("I will search.");
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void plainTextIsReadAsAnAnswerWithAProblem() {
        ParsedCompletion parsed = CompletionParser.parse("  Bishkek.  ");

        assertThat(parsed.thought()).isNull();
        assertThat(parsed.action()).isEqualTo(new FinalAnswer("Bishkek."));
        assertThat(parsed.problems()).containsExactly("no <tool_call> or <answer>: read as a plain answer");
    }

    @Test
    void emptyCompletionHasNothing() {
        ParsedCompletion parsed = CompletionParser.parse("");

        assertThat(parsed.thought()).isNull();
        assertThat(parsed.action()).isNull();
        assertThat(parsed.problems()).containsExactly("no action: neither <tool_call> nor <answer>");
    }

    @Test
    void firstActionWinsAndALaterAnswerIsReported() {
        ParsedCompletion parsed = CompletionParser.parse("<tool_call>{\"name\": \"a\", \"arguments\": {}}</tool_call><answer>x</answer>");

        assertThat(parsed.action()).isInstanceOf(ToolCalls.class);
        assertThat(parsed.problems()).containsExactly("an <answer> after the tool calls was ignored");
    }

    @Test
    void candidateCarriesThoughtAndAction() {
        ParsedCompletion parsed = CompletionParser.parse("<think>t</think><answer>a</answer>");

        assertThat(parsed.toCandidate()).contains(new Candidate("t", new FinalAnswer("a")));
    }

    /** What Conversation writes for a step reads back as the same thought and action (ids are not written). */
    @Test
    void readsBackWhatConversationWrites() {
        RandomSamples random = new RandomSamples(8);
        int checked = 0;
        for (int i = 0; i < 2000 && checked < 300; i++) {
            Action action = random.action();
            String thought = random.step(org.trajectorystudio.model.sample.SampleKind.TRAJECTORY).thought();
            if (!(action instanceof ToolCalls || action instanceof FinalAnswer) || action instanceof ToolCalls calls && calls.calls().isEmpty()) {
                continue;
            }
            String text = Conversation.assistantText(thought, action);
            // A call without a name reads back as 'unknown' (kept raw), as every reader reads one.
            if (containsTag(thought) || containsTag(action) || isAmbiguous(action)
                    || calls(action).stream().anyMatch(call -> call.name().isBlank())) {
                continue;
            }
            ParsedCompletion parsed = CompletionParser.parse(text);

            assertThat(parsed.thought()).as(text).isEqualTo(thought == null || thought.isBlank() ? null : thought.strip());
            assertThat(parsed.action()).as(text).isEqualTo(withoutIds(action));
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static boolean containsTag(String text) {
        return text != null && Stream.of("<think>", "</think>", "<tool_call>", "</tool_call>", "<answer>", "</answer>", "<code>")
                .anyMatch(text::contains);
    }

    private static boolean containsTag(Action action) {
        return action instanceof ToolCalls calls
                ? calls.calls().stream().anyMatch(call -> containsTag(Conversation.toolCallJson(call)))
                : containsTag(((FinalAnswer) action).text());
    }

    /**
     * Calls that cannot read back as they were: raw arguments that happen to be readable in the written form (JSON,
     * JSON5-ish or a Python repr, as the codec reads model output), and a string argument that holds a serialised
     * object (read back as the object, OpenAI style).
     */
    private static boolean isAmbiguous(Action action) {
        return action instanceof ToolCalls calls && calls.calls().stream().anyMatch(call -> call.hasInvalidArguments()
                ? readable(Conversation.toolCallJson(call))
                : call.arguments().isString() && Json.tryParse(call.arguments().stringValue()) instanceof JsonNode inner && inner.isContainer());
    }

    private static List<ToolCall> calls(Action action) {
        return action instanceof ToolCalls calls ? calls.calls() : List.of();
    }

    private static boolean readable(String callText) {
        ToolCallReader reader = new ToolCallReader(warning -> {});
        reader.addText(callText);
        return !reader.calls().getFirst().hasInvalidArguments();
    }

    private static Action withoutIds(Action action) {
        if (action instanceof ToolCalls calls) {
            return new ToolCalls(calls.calls().stream()
                    .map(call -> call.hasInvalidArguments()
                            ? ToolCall.unparsed(null, call.name(), call.rawArguments().strip())
                            : ToolCall.parsed(null, call.name(), call.arguments()))
                    .toList());
        }
        return action instanceof FinalAnswer answer ? new FinalAnswer(answer.text().strip()) : action;
    }
}
