package org.trajectorystudio.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;

class QueryTest {
    @TempDir
    static Path dir;
    static Library library;
    static long datasetA;
    static long datasetB;
    static String horse;
    static String planning;
    static String decision;
    static String scholar;

    @BeforeAll
    static void fill() throws Exception {
        Sample horseSample = TestFiles.searchTrajectory("Which horse won the 1964 Epsom Derby?",
                "Santa Claus the horse is a candidate", "search", "Santa Claus", Judgment.CORRECT);
        Sample scholarSample = TestFiles.searchTrajectory("Who wrote the paper on continual pretraining?",
                "look in scholar", "google_scholar", "AgentFounder team", Judgment.INCORRECT);
        Sample planningSample = TestFiles.planning("How tall is the Eiffel tower?", "search for the height first");
        Sample decisionSample = TestFiles.decision("Where is the Louvre?");
        List<Sample> specials = List.of(horseSample, scholarSample, planningSample, decisionSample);
        horse = SampleIds.contentId(horseSample);
        scholar = SampleIds.contentId(scholarSample);
        planning = SampleIds.contentId(planningSample);
        decision = SampleIds.contentId(decisionSample);
        library = Library.open(dir.resolve("lib"));
        datasetA = library.importFile(TestFiles.write(dir.resolve("a.jsonl"), specials)).datasetId();
        datasetB = library.importFile(TestFiles.write(dir.resolve("b.jsonl"), TestFiles.synthetic(300, 9))).datasetId();
        library.search().awaitCaughtUp();
        Curation alice = library.curation().as("alice");
        alice.rate(RatingTarget.sample(horse), 5);
        alice.verdict(horse, Verdict.ACCEPTED);
        alice.addLabel(horse, "gold");
        alice.addLabel(horse, "long");
        library.curation().as("bob").rate(RatingTarget.sample(scholar), 2);
        library.curation().as("bob").verdict(scholar, Verdict.REJECTED);
        library.curation().as("bob").addLabel(scholar, "gold");
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static List<String> ids(SampleQuery query) {
        return library.samples().page(query, 1000).rows().stream().map(SampleSummary::id).toList();
    }

    @Test
    void filtersByDataset() {
        assertThat(ids(SampleQuery.builder().dataset(datasetA).build())).containsExactly(horse, scholar, planning, decision);
        assertThat(library.samples().count(SampleQuery.builder().dataset(datasetB).build())).isEqualTo(300);
    }

    @Test
    void filtersByChosenIdsWithOtherFiltersAndPaging() {
        List<String> chosen = List.of(decision, horse, scholar, "not-in-the-library");
        assertThat(ids(SampleQuery.builder().ids(chosen).build())).containsExactly(horse, scholar, decision);
        assertThat(ids(SampleQuery.builder().ids(chosen).label("gold").verdict(Verdict.REJECTED).build())).containsExactly(scholar);
        assertThat(ids(SampleQuery.builder().ids(chosen).ids(List.of(horse, planning)).build())).containsExactly(horse);
        assertThat(library.samples().count(SampleQuery.builder().ids(List.of()).build())).isZero();
        assertThat(ids(SampleQuery.builder().ids(List.of()).build())).isEmpty();
        SamplePage first = library.samples().page(SampleQuery.builder().ids(chosen).sort(Sort.IMPORT_ORDER).build(), 2);
        assertThat(first.rows()).extracting(SampleSummary::id).containsExactly(horse, scholar);
        assertThat(library.samples().page(SampleQuery.builder().ids(chosen).build(), first.next().orElseThrow(), 2).rows())
                .extracting(SampleSummary::id).containsExactly(decision);
        assertThat(SampleQuery.builder().ids(chosen).build().toBuilder().build().ids()).hasSize(4);
    }

    @Test
    void filtersByKindAndJudgment() {
        assertThat(ids(SampleQuery.builder().kind(SampleKind.FAS_PLANNING).build())).containsExactly(planning);
        assertThat(ids(SampleQuery.builder().kind(SampleKind.HAS_DECISION).kind(SampleKind.FAS_PLANNING).build()))
                .containsExactlyInAnyOrder(planning, decision);
        assertThat(ids(SampleQuery.builder().dataset(datasetA).judgment(Judgment.INCORRECT).build())).containsExactly(scholar);
    }

    @Test
    void filtersByVerdictAndReview() {
        assertThat(ids(SampleQuery.builder().verdict(Verdict.ACCEPTED).build())).containsExactly(horse);
        assertThat(ids(SampleQuery.builder().reviewed(true).build())).containsExactly(horse, scholar);
        assertThat(library.samples().count(SampleQuery.builder().reviewed(false).build())).isEqualTo(302);
    }

    @Test
    void filtersByRatingRange() {
        assertThat(ids(SampleQuery.builder().rating(4, null).build())).containsExactly(horse);
        assertThat(ids(SampleQuery.builder().rating(null, 3).build())).containsExactly(scholar);
        assertThat(ids(SampleQuery.builder().rated(true).build())).containsExactly(horse, scholar);
        assertThat(library.samples().count(SampleQuery.builder().rated(false).build())).isEqualTo(302);
    }

    @Test
    void filtersByLabelsAllOfThem() {
        assertThat(ids(SampleQuery.builder().label("gold").build())).containsExactly(horse, scholar);
        assertThat(ids(SampleQuery.builder().label("gold").label("long").build())).containsExactly(horse);
        assertThat(ids(SampleQuery.builder().label("none-such").build())).isEmpty();
    }

    @Test
    void filtersByToolsUsed() {
        assertThat(ids(SampleQuery.builder().tool("google_scholar").build())).containsExactly(scholar);
        assertThat(ids(SampleQuery.builder().tool("visit").build())).containsExactly(decision);
        assertThat(library.samples().count(SampleQuery.builder().tool("search").build())).isEqualTo(301);
        assertThat(ids(SampleQuery.builder().tool("sea").build())).isEmpty();
    }

    @Test
    void filtersByTokenRange() {
        List<SampleSummary> all = library.samples().page(SampleQuery.all(), 1000).rows();
        int median = all.stream().mapToInt(SampleSummary::tokens).sorted().toArray()[all.size() / 2];
        long small = all.stream().filter(s -> s.tokens() <= median).count();
        assertThat(library.samples().count(SampleQuery.builder().tokens(null, median).build())).isEqualTo(small);
        assertThat(library.samples().count(SampleQuery.builder().tokens(median + 1, null).build())).isEqualTo(all.size() - small);
    }

    @Test
    void filtersByAnnotator() {
        assertThat(ids(SampleQuery.builder().annotator("alice").build())).containsExactly(horse);
        assertThat(ids(SampleQuery.builder().annotator("bob").build())).containsExactly(scholar);
    }

    @Test
    void fullTextFindsWholeWordsInQuestionsThoughtsAndAnswers() {
        assertThat(ids(SampleQuery.builder().text("epsom").build())).containsExactly(horse);
        assertThat(ids(SampleQuery.builder().text("SANTA claus").build())).containsExactly(horse);
        assertThat(ids(SampleQuery.builder().text("scholar").build())).containsExactly(scholar);
        assertThat(ids(SampleQuery.builder().text("AgentFounder").build())).containsExactly(scholar);
        assertThat(ids(SampleQuery.builder().text("santa louvre").build())).isEmpty();
        assertThat(ids(SampleQuery.builder().text("zzzunknownword").build())).isEmpty();
        assertThat(ids(SampleQuery.builder().text("louvre").kind(SampleKind.HAS_DECISION).build())).containsExactly(decision);
    }

    @Test
    void fullTextOverCommonWordsMatchesAPlainScan() {
        Sample sample = library.samples().load(ids(SampleQuery.builder().dataset(datasetB).build()).get(7)).orElseThrow();
        String word = java.util.Arrays.stream(sample.question().split("[^A-Za-z0-9]+"))
                .filter(w -> w.length() >= 5).findFirst().orElseThrow(); // long enough to be no stop word
        SampleQuery query = SampleQuery.builder().text(word).build();
        long expected = library.samples().page(SampleQuery.all(), 1000).rows().stream()
                .map(s -> library.samples().load(s.id()).orElseThrow())
                .filter(s -> containsWord(s, word.toLowerCase(java.util.Locale.ROOT)))
                .count();
        assertThat(library.samples().count(query)).isEqualTo(expected).isPositive();
    }

    private static boolean containsWord(Sample sample, String word) {
        StringBuilder text = new StringBuilder(sample.question()).append(' ').append(sample.answer());
        sample.steps().forEach(step -> {
            text.append(' ').append(step.thought());
            if (step.action() instanceof org.trajectorystudio.model.sample.FinalAnswer answer) {
                text.append(' ').append(answer.text());
            }
        });
        return List.of(text.toString().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).contains(word);
    }

    @Test
    void keysetPagingVisitsEveryRowOnceInEverySortOrder() {
        for (SortColumn column : SortColumn.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                Sort sort = new Sort(column, descending);
                SampleQuery query = SampleQuery.builder().sort(sort).build();
                List<SampleSummary> expected = library.samples().page(query, 1000).rows();
                List<SampleSummary> paged = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                PageCursor cursor = null;
                do {
                    SamplePage page = library.samples().page(query, cursor, 17);
                    paged.addAll(page.rows());
                    page.rows().forEach(row -> assertThat(seen.add(row.id())).as("%s repeated in %s", row.id(), sort).isTrue());
                    cursor = page.next().orElse(null);
                } while (cursor != null);
                assertThat(paged).as("%s", sort).hasSize(304).isEqualTo(expected);
            }
        }
    }

    @Test
    void sortsByTheChosenColumn() {
        List<SampleSummary> byTokens = library.samples().page(SampleQuery.builder().sort(Sort.descending(SortColumn.TOKENS)).build(), 1000).rows();
        assertThat(byTokens).isSortedAccordingTo((a, b) -> Integer.compare(b.tokens(), a.tokens()));
        List<SampleSummary> byRating = library.samples().page(SampleQuery.builder().sort(Sort.descending(SortColumn.RATING)).build(), 2).rows();
        assertThat(byRating).extracting(SampleSummary::id).containsExactly(horse, scholar);
    }

    @Test
    void summariesCarryCountsAndCuration() {
        SampleSummary row = library.samples().summary(horse).orElseThrow();
        assertThat(row.kind()).isEqualTo(SampleKind.TRAJECTORY);
        assertThat(row.steps()).isEqualTo(2);
        assertThat(row.toolCalls()).isEqualTo(1);
        assertThat(row.tokens()).isPositive();
        assertThat(row.rating()).isEqualTo(5);
        assertThat(row.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(row.labels()).containsExactly("gold", "long");
        assertThat(library.samples().summary(decision).orElseThrow().candidates()).isEqualTo(3);
    }

    @Test
    void statsCountByKindVerdictDatasetAndRating() {
        LibraryStats stats = library.stats().stats();
        assertThat(stats.samples()).isEqualTo(304);
        assertThat(stats.byKind()).containsEntry(SampleKind.TRAJECTORY, 302L).containsEntry(SampleKind.FAS_PLANNING, 1L);
        assertThat(stats.byVerdict()).containsEntry("accepted", 1L).containsEntry("rejected", 1L)
                .containsEntry(LibraryStats.UNREVIEWED, 302L);
        assertThat(stats.byDataset()).containsEntry(datasetA, 4L).containsEntry(datasetB, 300L);
        assertThat(stats.rated()).isEqualTo(2);
        assertThat(stats.unrated()).isEqualTo(302);
    }

    @Test
    void aCursorOfAnotherSortOrAnOddPageSizeIsRefused() {
        SamplePage page = library.samples().page(SampleQuery.all(), 5);
        SampleQuery other = SampleQuery.builder().sort(Sort.ascending(SortColumn.TOKENS)).build();
        assertThatThrownBy(() -> library.samples().page(other, page.next().orElseThrow(), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> library.samples().page(other, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
