package org.trajectorystudio.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagScanTest {
    private final List<String> warnings = new ArrayList<>();

    private TaggedText scan(String text) {
        return TaggedText.scan(text, warnings::add);
    }

    @Test
    void cutsATurnAtItsTags() {
        TaggedText turn = scan("<think>\n a \n</think>\n<tool_call>\n{\"name\": \"x\"}\n</tool_call>");

        assertThat(turn).isEqualTo(new TaggedText("a", List.of("{\"name\": \"x\"}"), null, null));
        assertThat(warnings).isEmpty();
    }

    @Test
    void tagsInsideAThoughtBelongToTheThought() {
        TaggedText turn = scan("<think>I could use <tool_call> or <answer> here.</think><answer>42</answer>");

        assertThat(turn.thought()).isEqualTo("I could use <tool_call> or <answer> here.");
        assertThat(turn.toolCalls()).isEmpty();
        assertThat(turn.answer()).isEqualTo("42");
    }

    @Test
    void anUnclosedThoughtStopsAtTheNextAction() {
        TaggedText turn = scan("<think>thinking...\n<tool_call>{\"name\": \"x\"}</tool_call>");

        assertThat(turn.thought()).isEqualTo("thinking...");
        assertThat(turn.toolCalls()).containsExactly("{\"name\": \"x\"}");
        assertThat(warnings).singleElement().asString().contains("<think> is not closed");
    }

    @Test
    void anUnclosedToolCallStopsAtTheNextToolCall() {
        TaggedText turn = scan("<tool_call>{\"name\": \"a\"}\n<tool_call>{\"name\": \"b\"}</tool_call>");

        assertThat(turn.toolCalls()).containsExactly("{\"name\": \"a\"}", "{\"name\": \"b\"}");
        assertThat(warnings).singleElement().asString().contains("<tool_call> 1 is not closed", "next <tool_call>");
    }

    @Test
    void anUnclosedAnswerRunsToTheEnd() {
        TaggedText turn = scan("<think>t</think><answer>The answer\nis long");

        assertThat(turn.answer()).isEqualTo("The answer\nis long");
        assertThat(warnings).singleElement().asString().contains("<answer> is not closed");
    }

    @Test
    void keepsUntaggedTextAndEmptyAnswers() {
        TaggedText turn = scan("before <answer></answer> after");

        assertThat(turn.answer()).isEmpty();
        assertThat(turn.untagged()).isEqualTo("before\n\nafter");
    }

    @Test
    void severalThoughtsAndAnswersAreJoined() {
        TaggedText turn = scan("<think>a</think><think>b</think><answer>x</answer><answer>y</answer>");

        assertThat(turn.thought()).isEqualTo("a\n\nb");
        assertThat(turn.answer()).isEqualTo("x\n\ny");
        assertThat(warnings).singleElement().asString().contains("2 <answer> blocks");
    }

    @Test
    void aLeadingCloseTagIsNotALeadingThoughtWhenAnActionComesFirst() {
        TaggedText turn = scan("<tool_call>{\"name\": \"a\"}</tool_call> stray </think>");

        assertThat(turn.thought()).isNull();
        assertThat(turn.toolCalls()).containsExactly("{\"name\": \"a\"}");
        assertThat(turn.untagged()).isEqualTo("stray </think>");
    }

    @Test
    void findsTheAnswerBehindManyTagLikeFragments() {
        // Many unclosed-looking fragments would make a backtracking regex explode; the indexOf scan reads past them.
        String noise = "<think".repeat(200_000) + "<tool_call".repeat(200_000);
        TaggedText turn = scan(noise + "<answer>ok</answer>");

        assertThat(turn.answer()).isEqualTo("ok");
        assertThat(turn.toolCalls()).isEmpty();
    }
}
