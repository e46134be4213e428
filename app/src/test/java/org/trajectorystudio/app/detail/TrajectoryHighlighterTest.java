package org.trajectorystudio.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryHighlighterTest {

    private static String styled(String text, List<StyleSpan> spans, String style) {
        return spans.stream().filter(s -> s.styleClass().equals(style)).map(s -> text.substring(s.start(), s.end()))
                .reduce((a, b) -> a + "|" + b).orElse("");
    }

    @Test
    void marksTagsThoughtsJsonAndAnswers() {
        String text = "<think>\nplan it\n</think>\n<tool_call>\n{\"name\": \"search\", \"arguments\": {\"n\": 3, \"ok\": true}}\n</tool_call>\n<answer>Epsom</answer>";
        List<StyleSpan> spans = TrajectoryHighlighter.spans(text);

        assertThat(styled(text, spans, "tag")).isEqualTo("<think>|</think>|<tool_call>|</tool_call>|<answer>|</answer>");
        assertThat(styled(text, spans, "thought")).isEqualTo("\nplan it\n");
        assertThat(styled(text, spans, "json-key")).isEqualTo("\"name\"|\"arguments\"|\"n\"|\"ok\"");
        assertThat(styled(text, spans, "json-string")).isEqualTo("\"search\"");
        assertThat(styled(text, spans, "json-number")).isEqualTo("3");
        assertThat(styled(text, spans, "json-literal")).isEqualTo("true");
        assertThat(styled(text, spans, "answer")).isEqualTo("Epsom");
    }

    @Test
    void searchResultsGetHeadingsAndLinks() {
        String text = "## Web Results\n1. [Epsom Derby](https://en.wikipedia.org/wiki/Epsom_Derby)\nThe Derby is run in June.";
        List<StyleSpan> spans = TrajectoryHighlighter.spans(text);

        assertThat(styled(text, spans, "heading")).isEqualTo("## Web Results");
        assertThat(styled(text, spans, "link-title")).isEqualTo("[Epsom Derby]");
        assertThat(styled(text, spans, "link-url")).isEqualTo("(https://en.wikipedia.org/wiki/Epsom_Derby)");
    }

    @Test
    void spansAreOrderedAndInsideTheTextEvenForUnclosedTags() {
        String text = "<tool_call>{\"name\": \"visit\", \"arguments\": {\"url\": [\"a\"";
        List<StyleSpan> spans = TrajectoryHighlighter.spans(text);
        int previousEnd = 0;
        for (StyleSpan span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(span.start());
            previousEnd = span.end();
        }
        assertThat(styled(text, spans, "json-key")).isEqualTo("\"name\"|\"arguments\"|\"url\"");
    }
}
