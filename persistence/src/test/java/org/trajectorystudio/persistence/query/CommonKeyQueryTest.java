package org.trajectorystudio.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;

/**
 * Filters whose key (tool, search word) is held by more samples than a query lets drive a sorted join, so that every
 * plan the query builder picks runs: a key driving an import-order page, a common tool checked per row, a common
 * word checked per row on another sort's index, a token range walked in import order. Each must page to exactly
 * what a plain scan of the samples finds.
 */
class CommonKeyQueryTest {
    private static final int SAMPLES = 2_600;

    @TempDir
    static Path dir;
    static Library library;
    static List<Sample> samples;

    @BeforeAll
    static void fill() throws Exception {
        samples = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String tool = i % 2 == 0 ? "visit" : "search";
            String word = i % 3 == 0 ? "river" : "mountain";
            var arguments = Json.object().put("q", "n" + i);
            samples.add(new Sample("c" + i, i % 4 == 0 ? SampleKind.HAS_DECISION : SampleKind.TRAJECTORY,
                    "question " + i + " about the " + word, null, null, List.of(), List.of(), List.of(
                    Step.of("think about " + word + " " + "x".repeat(i % 300), new ToolCalls(List.of(ToolCall.parsed(null, tool, arguments))), "result"),
                    Step.of(null, new FinalAnswer("answer " + i), null)), Judgment.CORRECT, Map.of()));
        }
        library = Library.open(dir.resolve("lib"));
        library.importFile(TestFiles.write(dir.resolve("c.jsonl"), samples));
        library.search().awaitCaughtUp();
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void commonToolsAndWordsPageLikeAScanInEveryOrder() {
        check(SampleQuery.builder().tool("visit"), s -> tools(s).contains("visit"));
        check(SampleQuery.builder().text("river"), s -> s.question().contains("river"));
        check(SampleQuery.builder().text("river mountain"), s -> false);
        check(SampleQuery.builder().text("about river").tool("search"), s -> s.question().contains("river") && tools(s).contains("search"));
        check(SampleQuery.builder().text("mountain").kind(SampleKind.HAS_DECISION),
                s -> s.question().contains("mountain") && s.kind() == SampleKind.HAS_DECISION);
        check(SampleQuery.builder().text("question 17"), s -> s.question().startsWith("question 17 "));
    }

    @Test
    void tokenRangesPageLikeAScanWhetherNarrowOrWide() {
        List<SampleSummary> all = page(SampleQuery.builder().build(), Sort.IMPORT_ORDER);
        int low = all.stream().mapToInt(SampleSummary::tokens).min().orElseThrow();
        int high = all.stream().mapToInt(SampleSummary::tokens).max().orElseThrow();
        for (int[] range : new int[][] {{low, high}, {low, low + 3}, {high + 1, high + 100}}) {
            SampleQuery.Builder builder = SampleQuery.builder().tokens(range[0], range[1]);
            List<String> expected = all.stream().filter(s -> s.tokens() >= range[0] && s.tokens() <= range[1])
                    .map(SampleSummary::id).toList();
            assertThat(ids(page(builder.build(), Sort.IMPORT_ORDER))).as("tokens %d..%d", range[0], range[1]).isEqualTo(expected);
            assertThat(library.samples().count(builder.build())).isEqualTo(expected.size());
        }
    }

    private static void check(SampleQuery.Builder builder, Predicate<Sample> matches) {
        List<String> expected = samples.stream().filter(matches).map(Sample::id).toList();
        SampleQuery query = builder.build();
        assertThat(ids(page(query, Sort.IMPORT_ORDER))).as("%s", query).isEqualTo(expected);
        assertThat(ids(page(query, Sort.descending(SortColumn.IMPORT_ORDER)))).isEqualTo(expected.reversed());
        assertThat(ids(page(query, Sort.descending(SortColumn.TOKENS)))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(library.samples().count(query)).isEqualTo(expected.size());
    }

    /** Every row of the query in pages of 97, in the given order. */
    private static List<SampleSummary> page(SampleQuery query, Sort sort) {
        SampleQuery sorted = query.toBuilder().sort(sort).build();
        List<SampleSummary> rows = new ArrayList<>();
        PageCursor cursor = null;
        do {
            SamplePage page = library.samples().page(sorted, cursor, 97);
            rows.addAll(page.rows());
            cursor = page.next().orElse(null);
        } while (cursor != null);
        return rows;
    }

    private static List<String> ids(List<SampleSummary> rows) {
        return rows.stream().map(SampleSummary::id).toList();
    }

    private static List<String> tools(Sample sample) {
        return sample.steps().stream().flatMap(step -> step.toolCalls().stream()).map(call -> call.name().toLowerCase(Locale.ROOT)).toList();
    }
}
