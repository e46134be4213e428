package org.trajectorystudio.model.format.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
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
 */
public record AssistantTurn(String thought, Action action, boolean plainText, Map<String, JsonNode> metadata) {

    /**
     * Reads a turn. Tool calls win: with calls, the text outside the tags joins the thought and an {@code <answer>}
     * goes to metadata; without them, the {@code <answer>} body (else the untagged text) is the final answer.
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
        if (!calls.isEmpty()) {
            if (tags.answer() != null) {
                warn.accept("has both tool calls and <answer>; the answer is kept in the step's metadata '"
                        + ChatSampleBuilder.ANSWER_BESIDE_CALLS + "'");
                extra.put(ChatSampleBuilder.ANSWER_BESIDE_CALLS, StringNode.valueOf(tags.answer()));
            }
            if (calls.extraFields() != null) {
                extra.put(ChatSampleBuilder.TOOL_CALL_FIELDS, calls.extraFields());
            }
            return new AssistantTurn(Texts.join(thought, tags.untagged()), new ToolCalls(calls.calls()), false, extra);
        }
        if (tags.answer() != null) {
            if (tags.untagged() != null) {
                warn.accept("text outside <answer> is kept in the thought");
                thought = Texts.join(thought, tags.untagged());
            }
            return new AssistantTurn(thought, new FinalAnswer(tags.answer()), false, extra);
        }
        String text = tags.untagged() == null ? "" : tags.untagged();
        if (text.isEmpty()) {
            warn.accept(thought == null
                    ? "has no text and no tool call; read as an empty answer"
                    : "has a thought but no answer text and no tool call; read as an empty answer");
        }
        return new AssistantTurn(thought, new FinalAnswer(text), true, extra);
    }
}
