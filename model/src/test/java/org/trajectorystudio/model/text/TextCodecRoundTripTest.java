package org.trajectorystudio.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.testing.RandomSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each text syntax is read and written by one class: what a source wrote comes back byte for byte from what was read
 * out of it (write(read(x)) == x, on every turn of that syntax in the real files), and a random turn comes back as the
 * same thought and action (read(write(turn)) == turn).
 */
class TextCodecRoundTripTest {
    /** A turn as read: what a step holds of it. */
    record Turn(String thought, Action action, JsonNode callFields, JsonNode finish) {}

    static Turn read(ActionSyntax syntax, String text) {
        ToolCallReader calls = new ToolCallReader(warning -> {});
        TextActions read = syntax.read(text, calls);
        Action action = calls.isEmpty() ? new FinalAnswer(read.answer()) : new ToolCalls(calls.calls());
        return new Turn(read.thought(), action, calls.extraFields(), read.finish());
    }

    static String write(ActionSyntax syntax, Turn turn) {
        return syntax.write(turn.thought(), turn.action(), turn.callFields(), turn.finish());
    }

    static Turn readTags(String text) {
        TaggedText tags = TaggedText.scan(text, warning -> {});
        ToolCallReader calls = new ToolCallReader(warning -> {});
        tags.toolCalls().forEach(calls::addText);
        Action action = !calls.isEmpty() ? new ToolCalls(calls.calls())
                : tags.answer() != null ? new FinalAnswer(tags.answer()) : new Reasoning(tags.untagged());
        return new Turn(tags.thought(), action, calls.extraFields(), null);
    }

    /** The turns of a file that do not come back as written. */
    private static List<String> notWrittenBack(List<String> turns, ActionSyntax syntax) {
        List<String> differ = new ArrayList<>();
        for (String text : turns) {
            if (!write(syntax, read(syntax, text)).equals(text)) {
                differ.add(text);
            }
        }
        return differ;
    }

    // FireAct: every assistant turn is "Thought: …\nAction: tool[arg]" (1,385 in the file, counted with
    // `grep -o '"role": "assistant"'`). 8 of them (counted with a Python regex over the file) end their thought line
    // with a space, which a thought does not keep: exactly those are written without it.
    @Test
    void fireActTurnsAreWrittenBackAsTheyWere() {
        List<String> turns = SourceTurns.assistant("external/fireact_hotpotqa_gpt_format.jsonl", "messages", text -> true);
        Pattern spaceBeforeAction = Pattern.compile("\\A[^\\n]*[ \\t]\\nAction:");

        assertThat(turns).hasSize(1385);
        assertThat(notWrittenBack(turns, ReactText.FIREACT))
                .containsExactlyElementsOf(turns.stream().filter(text -> spaceBeforeAction.matcher(text).find()).toList())
                .hasSize(8);
    }

    // ToolLLaMA: "\nThought: …\nAction: NAME\nAction Input: {json, indent 2}", Finish for the answer (10 turns, counted
    // with Python over the file's assistant turns holding "Action Input:").
    @Test
    void toolLlamaTurnsAreWrittenBackAsTheyWere() {
        List<String> turns = SourceTurns.assistant("external/toolllama_processed_G1_demo.json", "conversations",
                text -> text.contains("Action Input:"));

        assertThat(turns).hasSize(10);
        assertThat(notWrittenBack(turns, ReactText.TOOLLLAMA)).isEmpty();
    }

    // SWE-smith (agent-data-protocol): OpenHands XML calls after the thought (116 assistant turns hold "<function=").
    @Test
    void openHandsXmlTurnsAreWrittenBackAsTheyWere() {
        List<String> turns = SourceTurns.assistant("external/adp_swesmith_trajectories.records.jsonl", "messages",
                text -> text.contains("<function="));

        assertThat(turns).hasSize(116);
        assertThat(notWrittenBack(turns, new FunctionXml())).isEmpty();
    }

    // MiroFlow: <use_mcp_tool> blocks with their server, tool and JSON arguments (2 assistant turns hold one; the
    // other mentions are in the system prompt).
    @Test
    void mcpTurnsAreWrittenBackAsTheyWere() {
        List<String> turns = SourceTurns.assistant("external/miroflow_task_result.json", "message_history",
                text -> text.contains("<use_mcp_tool>"));

        assertThat(turns).hasSize(2);
        assertThat(notWrittenBack(turns, new McpXml())).isEmpty();
        assertThat(read(new McpXml(), turns.getFirst()).callFields().get(0).get(McpXml.SERVER).stringValue())
                .isEqualTo("skills-worker");
    }

    // mini-swe-agent: one ```mswea_bash_command block after the thought (10 assistant turns; the other mentions are in
    // the prompts).
    @Test
    void fencedBashTurnsAreWrittenBackAsTheyWere() {
        List<String> turns = SourceTurns.assistant("external/minisweagent_github_issue.traj.json", null,
                text -> text.contains("```mswea_bash_command"));

        assertThat(turns).hasSize(10);
        assertThat(notWrittenBack(turns, new FencedBash())).isEmpty();
    }

    // WebDancer: the Tongyi tag layout, JSON as json.dumps writes it; all 422 assistant turns of the file.
    @Test
    void webDancerTurnsAreWrittenBackAsTheyWere() {
        List<String> turns = SourceTurns.assistant("webdancer_sample_traj.jsonl", "messages", text -> true);
        List<String> differ = new ArrayList<>();
        for (String text : turns) {
            Turn turn = readTags(text);
            if (!TaggedText.write(turn.thought(), turn.action(), TaggedText.Layout.TONGYI).equals(text)) {
                differ.add(text);
            }
        }

        assertThat(turns).hasSize(422);
        assertThat(differ).isEmpty();
    }

    // ---------------------------------------------------------------- random turns

    private final RandomSamples random = new RandomSamples(13);
    private final Random dice = new Random(13);

    private String thought() {
        String text = dice.nextInt(5) == 0 ? "" : random.text().strip();
        return text.isEmpty() ? null : text;
    }

    private String name() {
        return List.of("search", "visit", "str_replace_editor", "bash", "get.weather", "x-y").get(dice.nextInt(6));
    }

    private ToolCalls calls(int max, Supplier<ToolCall> call) {
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 1 + dice.nextInt(max); i > 0; i--) {
            calls.add(call.get());
        }
        return new ToolCalls(calls);
    }

    private ObjectNode strings() {
        ObjectNode arguments = Json.object();
        for (int i = dice.nextInt(4); i > 0; i--) {
            arguments.put(List.of("command", "path", "old_str", "new_str").get(dice.nextInt(4)),
                    dice.nextBoolean() ? random.text() : random.text() + "\n" + random.text());
        }
        return arguments;
    }

    /** Writes random turns the syntax can express and reads them back; at least {@code least} of them. */
    private void roundTrips(ActionSyntax syntax, Supplier<Action> actions, int least) {
        int checked = 0;
        for (int i = 0; i < 3000 && checked < 300; i++) {
            String thought = thought();
            Action action = actions.get();
            if (!syntax.canWrite(action) || (syntax instanceof ReactText && !ReactText.carries(thought))
                    || (thought != null && syntax.finds(thought))) {
                continue;
            }
            JsonNode fields = null;
            if (syntax instanceof McpXml && action instanceof ToolCalls calls) {
                var array = Json.MAPPER.createArrayNode();
                calls.calls().forEach(call -> array.add(Json.object().put(McpXml.SERVER, "server-" + dice.nextInt(3))));
                fields = array;
            }
            String text = syntax.write(thought, action, fields, null);
            Turn read = read(syntax, text);

            assertThat(read.thought()).as(text).isEqualTo(thought);
            assertThat(comparable(read.action())).as(text).isEqualTo(comparable(action));
            if (fields != null) {
                assertThat(read.callFields()).as(text).isEqualTo(fields);
            }
            checked++;
        }
        assertThat(checked).as(syntax.name()).isGreaterThanOrEqualTo(least);
    }

    @Test
    void randomOpenHandsXmlTurnsReadBack() {
        roundTrips(new FunctionXml(), () -> calls(3, () -> ToolCall.parsed(null, name(), strings())), 200);
    }

    @Test
    void randomMcpTurnsReadBack() {
        roundTrips(new McpXml(), () -> calls(2, () -> ToolCall.parsed(null, name(), random.object(2))), 200);
    }

    @Test
    void randomFencedBashTurnsReadBack() {
        roundTrips(new FencedBash(), () -> calls(2, () -> ToolCall.parsed(null, "bash",
                Json.object().put("command", random.text().strip()))), 200);
    }

    @Test
    void randomFireActTurnsReadBack() {
        roundTrips(ReactText.FIREACT, () -> dice.nextBoolean() ? new FinalAnswer(random.text().strip())
                : new ToolCalls(List.of(ToolCall.parsed(null, name(), Json.object().put("input", random.text().strip())))), 200);
    }

    @Test
    void randomToolLlamaTurnsReadBack() {
        roundTrips(ReactText.TOOLLLAMA, () -> dice.nextBoolean() ? new FinalAnswer(random.text())
                : new ToolCalls(List.of(ToolCall.parsed(null, name(), random.object(3)))), 200);
    }

    /** The tag syntax in both layouts, over the random actions of the sample generator (ids are not written). */
    @Test
    void randomTaggedTurnsReadBack() {
        int checked = 0;
        for (int i = 0; i < 3000 && checked < 300; i++) {
            String thought = thought();
            Action action = random.action();
            // A call without a name reads back as 'unknown' (kept raw): not a turn this syntax carries.
            if (!(action instanceof ToolCalls calls) || calls.calls().isEmpty() || hasTag(thought)
                    || calls.calls().stream().anyMatch(call -> call.hasInvalidArguments() || call.name().isBlank()
                            || hasTag(Json.write(call.arguments())))) {
                continue;
            }
            Action withoutIds = new ToolCalls(calls.calls().stream().map(call -> ToolCall.parsed(null, call.name(), call.arguments())).toList());
            for (TaggedText.Layout layout : List.of(TaggedText.Layout.TONGYI, TaggedText.Layout.PROMPT)) {
                String text = TaggedText.write(thought, withoutIds, layout);
                Turn read = readTags(text);

                assertThat(read.thought()).as(text).isEqualTo(thought);
                assertThat(comparable(read.action())).as(text).isEqualTo(comparable(withoutIds));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(200);
    }

    /**
     * An action with its arguments as Python's JSON text: a number read from text keeps that text ({@code 1e-93}),
     * one made in Java its own ({@code 1.0E-93}), the same value either way.
     */
    private static Object comparable(Action action) {
        return action instanceof ToolCalls calls
                ? calls.calls().stream().map(call -> List.of(call.name(), call.hasInvalidArguments() ? "raw " + call.rawArguments()
                        : org.trajectorystudio.model.export.template.PyJson.write(call.arguments()))).toList()
                : action;
    }

    private static boolean hasTag(String text) {
        return text != null && (text.contains("<think>") || text.contains("</think>") || text.contains("<tool_call>")
                || text.contains("</tool_call>") || text.contains("<answer>") || text.contains("<code>"));
    }
}
