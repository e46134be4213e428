package org.trajectorystudio.model.preview;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.text.Tags;
import org.trajectorystudio.model.text.TextActions;
import org.trajectorystudio.model.text.Texts;
import org.trajectorystudio.model.text.ToolCallReader;

/**
 * Reads a model's completion for one step back into a thought and an {@link Action}, through the same text codec the
 * importers use: the tag syntax {@link org.trajectorystudio.model.render.Conversation} writes ({@code <think>…</think>},
 * then one or more {@code <tool_call>{"name": …, "arguments": …}</tool_call>} blocks, several being parallel calls, or
 * {@code <answer>…</answer>}; {@link TaggedText}), else any other syntax the readers know (ReAct, OpenHands XML, MCP,
 * fenced bash; {@link TextActions}).
 *
 * <p>Model output is often imperfect, so this never fails: a completion cut off by the token limit leaves tags
 * unclosed, a chat template may have opened {@code <think>} in the prompt so only {@code </think>} appears, arguments
 * may be an object serialised into a JSON string (OpenAI style) or not JSON at all. Each repair is reported in
 * {@link ParsedCompletion#problems()} (the codec's own warnings); arguments that are not JSON are kept verbatim as raw
 * arguments, never dropped.
 */
public final class CompletionParser {
    private CompletionParser() {}

    public static ParsedCompletion parse(String text) {
        List<String> problems = new ArrayList<>();
        TaggedText tags = TaggedText.scan(text, problems::add);
        ToolCallReader calls = new ToolCallReader(problems::add);
        tags.toolCalls().forEach(calls::addText);
        String thought = tags.thought();
        if (!calls.isEmpty()) {
            if (tags.answer() != null) {
                problems.add("an " + Tags.ANSWER + " after the tool calls was ignored");
            }
            return parsed(Texts.join(thought, tags.untagged()), new ToolCalls(calls.calls()), problems);
        }
        if (tags.answer() != null) {
            return parsed(Texts.join(thought, tags.untagged()), new FinalAnswer(tags.answer()), problems);
        }
        String plain = tags.untagged() == null ? "" : tags.untagged().strip();
        TextActions written = TextActions.read(plain, calls);
        if (written != null && (!calls.isEmpty() || written.answer() != null)) {
            Action action = calls.isEmpty() ? new FinalAnswer(written.answer()) : new ToolCalls(calls.calls());
            return parsed(Texts.join(thought, written.thought()), action, problems);
        }
        if (plain.isEmpty()) {
            problems.add("no action: neither " + Tags.TOOL_CALL + " nor " + Tags.ANSWER);
            return parsed(thought, null, problems);
        }
        problems.add("no " + Tags.TOOL_CALL + " or " + Tags.ANSWER + ": read as a plain answer");
        return parsed(thought, new FinalAnswer(plain), problems);
    }

    private static ParsedCompletion parsed(String thought, Action action, List<String> problems) {
        return new ParsedCompletion(thought == null || thought.isBlank() ? null : thought.strip(), action, problems);
    }
}
