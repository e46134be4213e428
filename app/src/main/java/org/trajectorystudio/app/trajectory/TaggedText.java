package org.trajectorystudio.app.trajectory;

import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.text.Tags;

/**
 * Renders a step the way the model sees it: {@code <think>}, {@code <tool_call>}, {@code <tool_response>}, {@code <answer>},
 * through the model's one writer of that syntax, with each call's JSON pretty-printed for reading.
 */
public final class TaggedText {
    private static final org.trajectorystudio.model.text.TaggedText.Layout DISPLAY =
            new org.trajectorystudio.model.text.TaggedText.Layout(false, "\n", OutlineBuilder::callDetail);

    private TaggedText() {}

    public static String of(Step step) {
        StringBuilder text = new StringBuilder(of(step.effectiveThought().orElse(null), step.effectiveAction()));
        if (step.observation() != null) {
            text.append('\n').append(Tags.TOOL_RESPONSE).append('\n').append(step.observation()).append('\n').append(Tags.TOOL_RESPONSE_END);
        }
        return text.toString();
    }

    public static String of(String thought, Action action) {
        return org.trajectorystudio.model.text.TaggedText.write(thought, action, DISPLAY).stripTrailing();
    }
}
