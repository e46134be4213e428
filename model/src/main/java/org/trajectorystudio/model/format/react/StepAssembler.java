package org.trajectorystudio.model.format.react;

import org.trajectorystudio.model.text.Slices;
import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.text.ToolCallReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns one assistant turn into a step: tool calls win, then an answer; a turn with neither is kept as reasoning.
 * Whatever has no canonical place (an answer beside tool calls, unknown call or message fields) goes to the step's
 * metadata.
 */
final class StepAssembler {
    static final String ANSWER_BESIDE_CALLS = "answer";
    static final String TOOL_CALL_FIELDS = "toolCallFields";

    private StepAssembler() {}

    /**
     * @param text the turn's content
     * @param messageExtras fields of the message other than role and content, kept in the step's metadata
     */
    static PendingStep assemble(String text, Map<String, JsonNode> messageExtras, Consumer<String> warn) {
        TaggedText turn = TaggedText.scan(text, warn);
        Map<String, JsonNode> metadata = new LinkedHashMap<>(messageExtras);
        String thought = turn.thought();
        Action action;
        if (!turn.toolCalls().isEmpty()) {
            action = readCalls(turn.toolCalls(), metadata, warn);
            if (turn.answer() != null) {
                warn.accept("has both <tool_call> and <answer>; the answer is kept in the step's metadata");
                metadata.put(ANSWER_BESIDE_CALLS, StringNode.valueOf(turn.answer()));
            }
            thought = withUntagged(thought, turn.untagged(), warn);
        } else if (turn.answer() != null) {
            action = new FinalAnswer(turn.answer());
            thought = withUntagged(thought, turn.untagged(), warn);
        } else {
            warn.accept("has neither <tool_call> nor <answer>; read as reasoning");
            action = new Reasoning(turn.untagged() == null ? "" : turn.untagged());
        }
        return new PendingStep(thought, action, metadata);
    }

    private static ToolCalls readCalls(List<String> blocks, Map<String, JsonNode> metadata, Consumer<String> warn) {
        ToolCallReader reader = new ToolCallReader(warn);
        blocks.forEach(reader::addText);
        if (reader.extraFields() != null) {
            // One object per call, in call order, so each extra field stays attached to its call.
            metadata.put(TOOL_CALL_FIELDS, reader.extraFields());
        }
        return new ToolCalls(reader.calls());
    }

    /** Untagged text is the thought of a turn without {@code <think>}; beside one it is appended, not lost. */
    private static String withUntagged(String thought, String untagged, Consumer<String> warn) {
        if (untagged == null) {
            return thought;
        }
        if (thought == null) {
            return untagged;
        }
        warn.accept("text outside the tags is kept in the thought");
        return thought + Slices.SEPARATOR + untagged;
    }

    /** The fields of a message other than role and content. */
    static Map<String, JsonNode> extras(ObjectNode message) {
        Map<String, JsonNode> extras = null;
        for (var field : message.properties()) {
            String name = field.getKey();
            if (!name.equals("role") && !name.equals("content")) {
                if (extras == null) {
                    extras = new LinkedHashMap<>();
                }
                extras.put(name, field.getValue());
            }
        }
        return extras == null ? Map.of() : extras;
    }
}
