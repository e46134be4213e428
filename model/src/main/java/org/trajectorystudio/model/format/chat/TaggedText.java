package org.trajectorystudio.model.format.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tagged parts of an assistant text: {@code <think>…</think>}, Hermes {@code <tool_call>…</tool_call>} blocks and
 * {@code <answer>…</answer>}, plus whatever lies outside them. A scan with {@code indexOf}, linear in the text, no
 * regular expressions. A leading thought whose {@code <think>} was left out (the Qwen3 template does that) ends at the
 * first {@code </think>}; an unclosed {@code <think>} ends at the first {@code <tool_call>} or {@code <answer>} after
 * it, another unclosed tag runs to the end of the text, each with a warning.
 *
 * @param thought the {@code <think>} bodies, stripped and joined; null when there is none
 * @param toolCalls the {@code <tool_call>} bodies, stripped, in order
 * @param answer the {@code <answer>} bodies, stripped and joined; null when there is none
 * @param untagged the text outside the tags: verbatim when the text has no tag, else its stripped pieces joined; null
 *     when blank
 */
public record TaggedText(String thought, List<String> toolCalls, String answer, String untagged) {
    public static final String THINK = "<think>";
    public static final String THINK_END = "</think>";
    public static final String TOOL_CALL = "<tool_call>";
    public static final String TOOL_CALL_END = "</tool_call>";
    public static final String ANSWER = "<answer>";
    public static final String ANSWER_END = "</answer>";
    public static final String TOOL_RESPONSE = "<tool_response>";
    public static final String TOOL_RESPONSE_END = "</tool_response>";

    private static final TaggedText NOTHING = new TaggedText(null, List.of(), null, null);

    public TaggedText {
        toolCalls = List.copyOf(toolCalls);
    }

    public static TaggedText scan(String text, Consumer<String> warn) {
        if (text == null || text.isBlank()) {
            return NOTHING;
        }
        if (text.indexOf('<') < 0) {
            return new TaggedText(null, List.of(), null, text);
        }
        List<String> thoughts = new ArrayList<>(1);
        List<String> calls = new ArrayList<>(1);
        List<String> answers = new ArrayList<>(1);
        List<String> outside = new ArrayList<>(2);
        boolean tagged = false;
        int segmentStart = 0;
        int at = text.indexOf('<');
        while (at >= 0) {
            String open = null;
            String close = null;
            List<String> into = null;
            if (text.startsWith(THINK, at)) {
                open = THINK;
                close = THINK_END;
                into = thoughts;
            } else if (text.startsWith(TOOL_CALL, at)) {
                open = TOOL_CALL;
                close = TOOL_CALL_END;
                into = calls;
            } else if (text.startsWith(ANSWER, at)) {
                open = ANSWER;
                close = ANSWER_END;
                into = answers;
            } else if (!tagged && text.startsWith(THINK_END, at)) {
                // "thinking…</think>answer": the opening tag was part of the prompt, not of this text.
                addStripped(thoughts, text, 0, at);
                tagged = true;
                segmentStart = at + THINK_END.length();
                at = text.indexOf('<', segmentStart);
                continue;
            }
            if (open == null) {
                at = text.indexOf('<', at + 1);
                continue;
            }
            tagged = true;
            addStripped(outside, text, segmentStart, at);
            int bodyStart = at + open.length();
            int end = text.indexOf(close, bodyStart);
            if (end < 0 && into == thoughts) {
                // An unclosed <think> ends where the action begins (a cut-off or sloppy thought before a call).
                int action = firstAction(text, bodyStart);
                if (action >= 0) {
                    warn.accept(open + " is not closed; the thought ends at the " + text.substring(action, text.indexOf('>', action) + 1));
                    addBody(into, text, bodyStart, action, false);
                    segmentStart = action;
                    at = action;
                    continue;
                }
            }
            if (end < 0) {
                warn.accept(open + " is not closed; read to the end of the text");
                addBody(into, text, bodyStart, text.length(), into != thoughts);
                segmentStart = text.length();
                break;
            }
            addBody(into, text, bodyStart, end, into != thoughts);
            segmentStart = end + close.length();
            at = text.indexOf('<', segmentStart);
        }
        if (!tagged) {
            return new TaggedText(null, List.of(), null, text);
        }
        addStripped(outside, text, segmentStart, text.length());
        if (answers.size() > 1) {
            warn.accept(answers.size() + " <answer> blocks; joined into one answer");
        }
        return new TaggedText(joined(thoughts), calls, joined(answers), joined(outside));
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
        List<String> bodies = new ArrayList<>(2);
        List<String> outside = new ArrayList<>(1);
        int position = 0;
        while (position < text.length()) {
            int open = text.indexOf(TOOL_RESPONSE, position);
            if (open < 0) {
                break;
            }
            addStripped(outside, text, position, open);
            int bodyStart = open + TOOL_RESPONSE.length();
            int end = text.indexOf(TOOL_RESPONSE_END, bodyStart);
            if (end < 0) {
                warn.accept(TOOL_RESPONSE + " is not closed; read to the end of the text");
                bodies.add(text.substring(bodyStart).strip());
                position = text.length();
            } else {
                bodies.add(text.substring(bodyStart, end).strip());
                position = end + TOOL_RESPONSE_END.length();
            }
        }
        addStripped(outside, text, position, text.length());
        return new Responses(bodies, joined(outside));
    }

    /**
     * @param bodies the {@code <tool_response>} bodies, in order (an empty response is an empty string)
     * @param outside the text outside the blocks, or null when blank
     */
    public record Responses(List<String> bodies, String outside) {
        public Responses {
            bodies = List.copyOf(bodies);
        }
    }

    /** Where the first {@code <tool_call>} or {@code <answer>} after {@code from} starts, or -1. */
    private static int firstAction(String text, int from) {
        int call = text.indexOf(TOOL_CALL, from);
        int answer = text.indexOf(ANSWER, from);
        return call < 0 ? answer : answer < 0 ? call : Math.min(call, answer);
    }

    /** An empty tool call or answer is still one (and is flagged later); an empty thought is no thought. */
    private static void addBody(List<String> into, String text, int from, int to, boolean keepEmpty) {
        int size = into.size();
        addStripped(into, text, from, to);
        if (keepEmpty && into.size() == size) {
            into.add("");
        }
    }

    private static void addStripped(List<String> into, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            into.add(text.substring(from, to));
        }
    }

    private static String joined(List<String> pieces) {
        return pieces.isEmpty() ? null : String.join(Texts.SEPARATOR, pieces);
    }
}
