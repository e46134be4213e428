package org.trajectorystudio.model.format.chat;

import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.text.TextActions;
import org.trajectorystudio.model.text.ToolCallReader;
import org.trajectorystudio.model.text.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * One assistant turn read into the parts of a step.
 *
 * @param thought may be null
 * @param action tool calls, else the final answer
 * @param plainText true when the action is an answer read from untagged text (no {@code <answer>}): such a turn may
 *     turn out to be the thought of a tool call that follows it
 * @param metadata what the turn held that the step has no field for
 * @param writtenCalls true when the calls were written in the text (ReAct, XML, MCP, fenced code): their results then
 *     come back as user turns
 */
public record AssistantTurn(String thought, Action action, boolean plainText, Map<String, JsonNode> metadata,
        boolean writtenCalls) {
    /** Step metadata: the arguments of a {@code Finish} call read as the final answer. */
    public static final String FINISH = "finish";

    public AssistantTurn(String thought, Action action, boolean plainText, Map<String, JsonNode> metadata) {
        this(thought, action, plainText, metadata, false);
    }

    /**
     * Reads a turn. Tool calls win: with calls, the text outside the tags joins the thought and an {@code <answer>}
     * goes to metadata; without them, the {@code <answer>} body (else the untagged text) is the final answer. Untagged
     * text is read for calls in the other textual syntaxes ({@link TextActions}). A single ToolBench-style
     * {@code Finish} call with a {@code final_answer} is the answer (its arguments kept in metadata {@value #FINISH}).
     *
     * @param reasoning a separate reasoning text ({@code reasoning_content}), may be null
     * @param content the turn's text, scanned for {@code <think>}, {@code <tool_call>} and {@code <answer>}
     * @param calls the turn's structured calls, if any; {@code <tool_call>} blocks are added to them
     * @param metadata the fields of the message that the step has no place for
     */
    public static AssistantTurn read(String reasoning, String content, ToolCallReader calls, Map<String, JsonNode> metadata,
            Consumer<String> warn) {
        TaggedText tags = TaggedText.scan(content, warn);
        String thought = Texts.join(reasoning, tags.thought());
        if (!tags.toolCalls().isEmpty()) {
            if (!calls.isEmpty()) {
                warn.accept("has structured tool calls and <tool_call> blocks; both kept, structured ones first");
            }
            tags.toolCalls().forEach(calls::addText);
        }
        Map<String, JsonNode> extra = new LinkedHashMap<>(metadata);
        String untagged = tags.untagged();
        if (calls.isEmpty() && tags.answer() == null) {
            TextActions written = TextActions.read(untagged, calls);
            if (written != null) {
                thought = Texts.join(thought, written.thought());
                if (!calls.isEmpty()) {
                    putCallFields(extra, calls);
                    return new AssistantTurn(thought, new ToolCalls(calls.calls()), false, extra, true);
                }
                if (written.answer() != null) {
                    if (written.finish() != null) {
                        extra.put(FINISH, written.finish());
                    }
                    return new AssistantTurn(thought, new FinalAnswer(written.answer()), false, extra, true);
                }
            }
        }
        if (!calls.isEmpty()) {
            String finished = finishAnswer(calls.calls());
            if (finished != null && tags.answer() == null) {
                extra.put(FINISH, calls.calls().getFirst().arguments());
                return new AssistantTurn(Texts.join(thought, untagged), new FinalAnswer(finished), false, extra);
            }
            if (tags.answer() != null) {
                warn.accept("has both tool calls and <answer>; the answer is kept in the step's metadata '"
                        + ChatSampleBuilder.ANSWER_BESIDE_CALLS + "'");
                extra.put(ChatSampleBuilder.ANSWER_BESIDE_CALLS, StringNode.valueOf(tags.answer()));
            }
            putCallFields(extra, calls);
            return new AssistantTurn(Texts.join(thought, untagged), new ToolCalls(calls.calls()), false, extra);
        }
        if (tags.answer() != null) {
            if (untagged != null) {
                warn.accept("text outside <answer> is kept in the thought");
                thought = Texts.join(thought, untagged);
            }
            return new AssistantTurn(thought, new FinalAnswer(tags.answer()), false, extra);
        }
        String text = untagged == null ? "" : untagged;
        if (text.isEmpty()) {
            warn.accept(thought == null
                    ? "has no text and no tool call; read as an empty answer"
                    : "has a thought but no answer text and no tool call; read as an empty answer");
        }
        return new AssistantTurn(thought, new FinalAnswer(text), true, extra);
    }

    private static void putCallFields(Map<String, JsonNode> extra, ToolCallReader calls) {
        if (calls.extraFields() != null) {
            extra.put(ChatSampleBuilder.TOOL_CALL_FIELDS, calls.extraFields());
        }
    }

    /** The answer of a lone ToolBench {@code Finish} call ({@code {"return_type": "give_answer", "final_answer": …}}). */
    private static String finishAnswer(List<ToolCall> calls) {
        if (calls.size() != 1 || !calls.getFirst().name().equals("Finish") || calls.getFirst().arguments() == null) {
            return null;
        }
        return Json.text(calls.getFirst().arguments(), "final_answer");
    }
}
