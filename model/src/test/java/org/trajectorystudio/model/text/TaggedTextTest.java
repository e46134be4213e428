package org.trajectorystudio.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedTextTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void textWithoutTagsIsUntaggedVerbatim() {
        TaggedText text = TaggedText.scan("  x < y and <b>bold</b>\n", warnings::add);

        assertThat(text.untagged()).isEqualTo("  x < y and <b>bold</b>\n");
        assertThat(text.thought()).isNull();
        assertThat(text.answer()).isNull();
        assertThat(text.toolCalls()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void thinkCallsAnswerAndOutsideTextAreSeparated() {
        TaggedText text = TaggedText.scan(
                "<think> plan </think>\nintro\n<tool_call>{\"a\":1}</tool_call><tool_call> {\"b\":2} </tool_call> tail <answer> 42 </answer>",
                warnings::add);

        assertThat(text.thought()).isEqualTo("plan");
        assertThat(text.toolCalls()).containsExactly("{\"a\":1}", "{\"b\":2}");
        assertThat(text.answer()).isEqualTo("42");
        assertThat(text.untagged()).isEqualTo("intro\n\ntail");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aThoughtWhoseOpeningTagWasLeftOutEndsAtTheClosingTag() {
        TaggedText text = TaggedText.scan("reasoning here\n</think>\n\nThe answer is 4.", warnings::add);

        assertThat(text.thought()).isEqualTo("reasoning here");
        assertThat(text.untagged()).isEqualTo("The answer is 4.");
    }

    @Test
    void anUnclosedTagRunsToTheEndWithAWarning() {
        TaggedText text = TaggedText.scan("<think>t</think><answer>cut off", warnings::add);

        assertThat(text.answer()).isEqualTo("cut off");
        assertThat(warnings).singleElement().asString().contains("<answer> is not closed");
    }

    @Test
    void anEmptyCallBlockIsStillACallButAnEmptyThoughtIsNone() {
        TaggedText text = TaggedText.scan("<think>\n\n</think><tool_call></tool_call>", warnings::add);

        assertThat(text.thought()).isNull();
        assertThat(text.toolCalls()).containsExactly("");
    }

    @Test
    void toolResponsesAreSplitFromTheTextAroundThem() {
        TaggedText.Responses responses = TaggedText.responses(
                "Here:\n<tool_response>\none\n</tool_response>\n<tool_response></tool_response>", warnings::add);

        assertThat(responses.bodies()).containsExactly("one", "");
        assertThat(responses.outside()).isEqualTo("Here:");
        assertThat(TaggedText.responses("no tags", warnings::add)).isNull();
    }

    @Test
    void manyUnmatchedAngleBracketsStayLinear() {
        String text = "<".repeat(200_000) + "<answer>x</answer>";
        long start = System.nanoTime();
        TaggedText scanned = TaggedText.scan(text, warnings::add);

        assertThat(scanned.answer()).isEqualTo("x");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
