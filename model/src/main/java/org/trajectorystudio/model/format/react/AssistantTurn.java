package org.trajectorystudio.model.format.react;

import java.util.List;

/**
 * One assistant turn cut at its tags.
 *
 * @param thought the {@code <think>} text, null when the turn has none
 * @param toolCalls the raw text inside each {@code <tool_call>} block, in order
 * @param answer the {@code <answer>} text, null when the turn has none
 * @param untagged text outside every tag, null when there is none
 */
record AssistantTurn(String thought, List<String> toolCalls, String answer, String untagged) {
    AssistantTurn {
        toolCalls = List.copyOf(toolCalls);
    }
}
