package org.trajectorystudio.model.format.react;

import static org.trajectorystudio.model.format.react.ReactTags.ANSWER;
import static org.trajectorystudio.model.format.react.ReactTags.ANSWER_END;
import static org.trajectorystudio.model.format.react.ReactTags.THINK;
import static org.trajectorystudio.model.format.react.ReactTags.THINK_END;
import static org.trajectorystudio.model.format.react.ReactTags.TOOL_CALL;
import static org.trajectorystudio.model.format.react.ReactTags.TOOL_CALL_END;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts an assistant turn into thought, tool-call blocks, answer and untagged text with plain {@code indexOf} scans
 * (linear in the turn's length, no regular expressions). Tags inside a closed {@code <think>} block are part of the
 * thought: models often mention {@code <tool_call>} while thinking.
 */
final class AssistantTurnScanner {
    private AssistantTurnScanner() {}

    static AssistantTurn scan(String text, Consumer<String> warn) {
        Slices thought = new Slices(text);
        Slices untagged = new Slices(text);
        Slices answer = new Slices(text);
        List<String> calls = new ArrayList<>(2);
        TagCursor thinks = new TagCursor(text, THINK);
        TagCursor toolCalls = new TagCursor(text, TOOL_CALL);
        TagCursor answers = new TagCursor(text, ANSWER);
        int length = text.length();
        int pos = leadingThoughtEnd(text, thinks, toolCalls, answers);
        if (pos > 0) {
            thought.add(0, pos - THINK_END.length());
        }
        int answerBlocks = 0;
        while (pos < length) {
            int think = thinks.next(pos);
            int call = toolCalls.next(pos);
            int answerAt = answers.next(pos);
            int start = firstOf(think, call, answerAt);
            if (start < 0) {
                untagged.add(pos, length);
                break;
            }
            untagged.add(pos, start);
            if (start == think) {
                int from = think + THINK.length();
                int close = text.indexOf(THINK_END, from);
                if (close < 0) {
                    // Stop at the next action tag so that an unclosed thought does not swallow the action.
                    int end = firstOf(toolCalls.next(from), answers.next(from));
                    end = end < 0 ? length : end;
                    warn.accept("<think> is not closed; read up to " + (end == length ? "the end of the turn" : "the next tag"));
                    thought.add(from, end);
                    pos = end;
                } else {
                    thought.add(from, close);
                    pos = close + THINK_END.length();
                }
            } else if (start == call) {
                int from = call + TOOL_CALL.length();
                int close = text.indexOf(TOOL_CALL_END, from);
                int nextCall = toolCalls.next(from);
                if (close < 0 || (nextCall >= 0 && nextCall < close)) {
                    int end = nextCall < 0 ? length : nextCall;
                    warn.accept("<tool_call> " + (calls.size() + 1) + " is not closed; read up to "
                            + (end == length ? "the end of the turn" : "the next <tool_call>"));
                    calls.add(text.substring(from, end));
                    pos = end;
                } else {
                    calls.add(text.substring(from, close));
                    pos = close + TOOL_CALL_END.length();
                }
            } else {
                int from = answerAt + ANSWER.length();
                int close = text.indexOf(ANSWER_END, from);
                answerBlocks++;
                if (close < 0) {
                    warn.accept("<answer> is not closed; read to the end of the turn");
                    answer.add(from, length);
                    pos = length;
                } else {
                    answer.add(from, close);
                    pos = close + ANSWER_END.length();
                }
            }
        }
        if (answerBlocks > 1) {
            warn.accept(answerBlocks + " <answer> blocks; joined into one answer");
        }
        String answerText = answer.join();
        if (answerText == null && answerBlocks > 0) {
            answerText = "";
        }
        return new AssistantTurn(thought.join(), calls, answerText, untagged.join());
    }

    /**
     * Chat templates that open the {@code <think>} block in the prompt leave the turn starting inside the thought,
     * with only its closing tag. Returns the index just after that tag, or 0 when the turn does not start that way.
     */
    private static int leadingThoughtEnd(String text, TagCursor thinks, TagCursor toolCalls, TagCursor answers) {
        int close = text.indexOf(THINK_END);
        if (close < 0) {
            return 0;
        }
        int open = thinks.next(0);
        int action = firstOf(toolCalls.next(0), answers.next(0));
        boolean opensLater = open < 0 || open > close;
        boolean actionLater = action < 0 || action > close;
        return opensLater && actionLater ? close + THINK_END.length() : 0;
    }

    /** The smallest non-negative index, or -1 when all are -1. */
    private static int firstOf(int... indexes) {
        int first = -1;
        for (int index : indexes) {
            if (index >= 0 && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first;
    }
}
