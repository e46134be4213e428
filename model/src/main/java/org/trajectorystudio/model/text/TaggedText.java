package org.trajectorystudio.model.text;

import static org.trajectorystudio.model.text.Tags.ANSWER;
import static org.trajectorystudio.model.text.Tags.ANSWER_END;
import static org.trajectorystudio.model.text.Tags.THINK;
import static org.trajectorystudio.model.text.Tags.THINK_END;
import static org.trajectorystudio.model.text.Tags.TOOL_CALL;
import static org.trajectorystudio.model.text.Tags.TOOL_CALL_END;
import static org.trajectorystudio.model.text.Tags.TOOL_RESPONSE;
import static org.trajectorystudio.model.text.Tags.TOOL_RESPONSE_END;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;

/**
 * The Hermes / Qwen / Tongyi tag syntax, read and written: {@code <think>…</think>}, {@code <tool_call>{json}</tool_call>}
 * blocks and {@code <answer>…</answer>}, plus whatever lies outside them. The one scanner every reader and the preview's
 * completion parser use, and the one writer of the renderers ({@link #write}).
 *
 * <p>Reading is a scan with {@code indexOf}, linear in the text, no regular expressions. Tags inside a closed
 * {@code <think>} are part of the thought (models mention {@code <tool_call>} while thinking). A leading thought whose
 * {@code <think>} was left out (the Qwen3 template opens it in the prompt) ends at the first {@code </think>}; an
 * unclosed {@code <think>} ends at the first {@code <tool_call>} or {@code <answer>} after it, an unclosed
 * {@code <tool_call>} at the next {@code <tool_call>}, other unclosed tags run to the end of the text, each with a
 * warning.
 *
 * @param thought the {@code <think>} bodies, stripped and joined; null when there is none
 * @param toolCalls the {@code <tool_call>} bodies, stripped, in order
 * @param answer the {@code <answer>} bodies, stripped and joined (an empty block is ""); null when there is none
 * @param untagged the text outside the tags: verbatim when the text has no tag, else its stripped pieces joined; null
 *     when blank
 */
public record TaggedText(String thought, List<String> toolCalls, String answer, String untagged) {
    private static final TaggedText NOTHING = new TaggedText(null, List.of(), null, null);

    public TaggedText {
        toolCalls = List.copyOf(toolCalls);
    }

    /** True when the text holds a tag this syntax reads. */
    public static boolean finds(String text) {
        return text != null && (text.contains(TOOL_CALL) || text.contains(ANSWER) || text.contains(THINK_END));
    }

    public static TaggedText scan(String text, Consumer<String> warn) {
        if (text == null || text.isBlank()) {
            return NOTHING;
        }
        if (text.indexOf('<') < 0) {
            return new TaggedText(null, List.of(), null, text);
        }
        Slices thought = new Slices(text);
        Slices untagged = new Slices(text);
        Slices answer = new Slices(text);
        List<String> calls = new ArrayList<>(2);
        Cursor thinks = new Cursor(text, THINK);
        Cursor toolCalls = new Cursor(text, TOOL_CALL);
        Cursor answers = new Cursor(text, ANSWER);
        int length = text.length();
        int pos = leadingThoughtEnd(text, thinks, toolCalls, answers);
        boolean tagged = pos > 0;
        if (tagged) {
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
            tagged = true;
            untagged.add(pos, start);
            if (start == think) {
                int from = think + THINK.length();
                int close = text.indexOf(THINK_END, from);
                if (close < 0) {
                    // An unclosed thought ends where the action begins (a cut-off or sloppy thought before a call).
                    int end = firstOf(toolCalls.next(from), answers.next(from));
                    warn.accept(THINK + " is not closed; " + (end < 0 ? "read to the end of the text"
                            : "the thought ends at the " + (end == toolCalls.next(from) ? TOOL_CALL : ANSWER)));
                    end = end < 0 ? length : end;
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
                    warn.accept(TOOL_CALL + " " + (calls.size() + 1) + " is not closed; read up to "
                            + (end == length ? "the end of the text" : "the next " + TOOL_CALL));
                    calls.add(stripped(text, from, end));
                    pos = end;
                } else {
                    calls.add(stripped(text, from, close));
                    pos = close + TOOL_CALL_END.length();
                }
            } else {
                int from = answerAt + ANSWER.length();
                int close = text.indexOf(ANSWER_END, from);
                answerBlocks++;
                if (close < 0) {
                    warn.accept(ANSWER + " is not closed; read to the end of the text");
                    answer.add(from, length);
                    pos = length;
                } else {
                    answer.add(from, close);
                    pos = close + ANSWER_END.length();
                }
            }
        }
        if (!tagged) {
            return new TaggedText(null, List.of(), null, text);
        }
        if (answerBlocks > 1) {
            warn.accept(answerBlocks + " " + ANSWER + " blocks; joined into one answer");
        }
        String answerText = answer.join();
        if (answerText == null && answerBlocks > 0) {
            answerText = "";
        }
        return new TaggedText(thought.join(), calls, answerText, untagged.join());
    }

    /**
     * How a writer lays the parts out; sources and prompts differ in blank lines and in their JSON.
     *
     * @param strip whether thought and answer are written stripped
     * @param afterThought what follows {@code </think>}
     * @param callJson a call's {@code {"name": …, "arguments": …}} text
     */
    public record Layout(boolean strip, String afterThought, Function<ToolCall, String> callJson) {
        /** Tongyi DeepResearch / WebDancer sources: JSON as Python's {@code json.dumps} writes it. */
        public static final Layout TONGYI = new Layout(false, "\n", ToolCallText::pythonJson);
        /** The studio's prompts (preview, text exports): compact JSON, a blank line after the thought. */
        public static final Layout PROMPT = new Layout(true, "\n\n", ToolCallText::compactJson);
    }

    /**
     * An assistant turn in this syntax: {@code <think>\nthought\n</think>} then {@code <tool_call>\n{json}\n</tool_call>}
     * blocks (one per line) or {@code <answer>\n…\n</answer>}; a plan or reasoning is written as plain text.
     */
    public static String write(String thought, Action action, Layout layout) {
        List<String> parts = parts(thought, action, layout);
        int length = 0;
        for (String part : parts) {
            length += part.length();
        }
        StringBuilder text = new StringBuilder(length);
        parts.forEach(text::append);
        return text.toString();
    }

    /**
     * {@link #write}'s text as the pieces it is made of, in order: a reader comparing a source's turn with it need not
     * copy the thought (the long part) into one more string for every step it imports.
     */
    public static List<String> parts(String thought, Action action, Layout layout) {
        List<String> parts = new ArrayList<>(8);
        if (thought != null && !(layout.strip() && thought.isBlank())) {
            parts.add(THINK + "\n");
            parts.add(layout.strip() ? thought.strip() : thought);
            parts.add("\n" + THINK_END + layout.afterThought());
        }
        switch (action) {
            case ToolCalls calls -> {
                for (int i = 0; i < calls.calls().size(); i++) {
                    parts.add((i == 0 ? "" : "\n") + TOOL_CALL + "\n" + layout.callJson().apply(calls.calls().get(i))
                            + "\n" + TOOL_CALL_END);
                }
            }
            case FinalAnswer answer -> {
                parts.add(ANSWER + "\n");
                parts.add(layout.strip() ? answer.text().strip() : answer.text());
                parts.add("\n" + ANSWER_END);
            }
            case Plan plan -> parts.add(layout.strip() ? plan.text().strip() : plan.text());
            case Reasoning reasoning -> parts.add(layout.strip() ? reasoning.text().strip() : reasoning.text());
        }
        return parts;
    }

    /**
     * The bodies of the {@code <tool_response>} blocks of a text, stripped and in order, and the text outside them.
     *
     * @return null when the text holds no {@code <tool_response>}
     */
    public static Responses responses(String text, Consumer<String> warn) {
        if (text == null || !text.contains(TOOL_RESPONSE)) {
            return null;
        }
        // Body bounds only: most readers want the joined text, and copying every body besides was a tenth of an
        // import's allocation.
        Slices bodies = new Slices(text);
        Slices outside = new Slices(text);
        Slices inOrder = new Slices(text);
        int position = 0;
        while (position < text.length()) {
            int open = text.indexOf(TOOL_RESPONSE, position);
            if (open < 0) {
                break;
            }
            outside.add(position, open);
            inOrder.add(position, open);
            int bodyStart = open + TOOL_RESPONSE.length();
            int end = text.indexOf(TOOL_RESPONSE_END, bodyStart);
            if (end < 0) {
                warn.accept(TOOL_RESPONSE + " is not closed; read to the end of the text");
                end = text.length();
                position = end;
            } else {
                position = end + TOOL_RESPONSE_END.length();
            }
            bodies.addKeepingBlank(bodyStart, end);
            inOrder.add(bodyStart, end);
        }
        outside.add(position, text.length());
        inOrder.add(position, text.length());
        String all = inOrder.join();
        return new Responses(bodies, outside.join(), all == null ? "" : all);
    }

    /**
     * The {@code <tool_response>} blocks of a text.
     *
     * @param outside the text outside the blocks, or null when blank
     * @param inOrder bodies and outside text as they come, stripped and joined by a blank line ("" when all are blank)
     */
    public record Responses(Slices blocks, String outside, String inOrder) {
        /** The bodies, stripped and in order (an empty response is an empty string). */
        public List<String> bodies() {
            return blocks.each();
        }
    }

    /**
     * Chat templates that open the {@code <think>} block in the prompt leave the text starting inside the thought,
     * with only its closing tag. Returns the index just after that tag, or 0 when the text does not start that way.
     */
    private static int leadingThoughtEnd(String text, Cursor thinks, Cursor toolCalls, Cursor answers) {
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

    private static String stripped(String text, int from, int to) {
        return text.substring(from, to).strip();
    }

    /**
     * The next occurrence of one tag, remembered between calls: scanning for several tags then costs one pass per
     * tag instead of one per lookup.
     */
    private static final class Cursor {
        private static final int UNKNOWN = -2;
        private final String text;
        private final String tag;
        private int found = UNKNOWN;

        Cursor(String text, String tag) {
            this.text = text;
            this.tag = tag;
        }

        /** Index of the first occurrence at or after {@code from}, or -1. Calls must not move {@code from} backwards. */
        int next(int from) {
            if (found == UNKNOWN || (found >= 0 && found < from)) {
                found = text.indexOf(tag, from);
            }
            return found;
        }
    }
}
