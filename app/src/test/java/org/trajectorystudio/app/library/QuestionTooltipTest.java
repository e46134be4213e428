package org.trajectorystudio.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What hovering a question in the table shows: the question as written, as much as a laptop screen holds. */
class QuestionTooltipTest {
    @Test
    void paragraphsKeepOneBlankLineBetweenThem() {
        assertThat(QuestionTooltip.text("<pr_description>\nattrs & dataclasses\n\n\n\n**Bug Report**\n"))
                .isEqualTo("<pr_description>\nattrs & dataclasses\n\n**Bug Report**");
    }

    @Test
    void aLongIssueIsCutAfterTwentyLines() {
        String issue = IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));

        String shown = QuestionTooltip.text(issue);

        assertThat(shown.lines().toList()).hasSize(21).startsWith("line 1").endsWith("line 20", "…");
    }

    @Test
    void oneLongLineIsCutToTheTooltipsLength() {
        String shown = QuestionTooltip.text("word ".repeat(2_000));

        assertThat(shown).hasSizeLessThanOrEqualTo(1_200).startsWith("word word").endsWith("…").doesNotContain("\n");
    }
}
