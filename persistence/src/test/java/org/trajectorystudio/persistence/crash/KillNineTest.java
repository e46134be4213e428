package org.trajectorystudio.persistence.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.curation.CurationEvent;
import org.trajectorystudio.persistence.curation.CurationState;
import org.trajectorystudio.persistence.curation.EventType;
import org.trajectorystudio.persistence.dataset.DatasetInfo;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.PageCursor;
import org.trajectorystudio.persistence.query.SamplePage;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;

/** kill -9 in the middle of an import or of curation writes leaves a library that opens and holds what was reported. */
class KillNineTest {
    private static final int SAMPLES = 4000;

    @TempDir
    Path dir;

    @Test
    void anImportKilledMidwayLeavesWholeSamplesAndAReRunCompletesIt() throws Exception {
        List<Sample> samples = TestFiles.synthetic(SAMPLES, 11);
        Path file = TestFiles.write(dir.resolve("big.jsonl"), samples);
        Path lib = dir.resolve("lib");

        ChildJvm child = ChildJvm.start(ImportChild.class, lib.toString(), file.toString());
        child.awaitLine(line -> line.startsWith("COMMITTED ") && Long.parseLong(line.substring(10)) >= 1000);
        child.kill();
        long reported = child.lines.stream().filter(line -> line.startsWith("COMMITTED "))
                .mapToLong(line -> Long.parseLong(line.substring(10))).max().orElseThrow();
        assertThat(child.lines).doesNotContain("FINISHED");

        Set<String> expectedIds = samples.stream().map(SampleIds::contentId).collect(Collectors.toSet());
        try (Library library = Library.open(lib)) {
            long stored = library.samples().count(SampleQuery.all());
            assertThat(stored).isGreaterThanOrEqualTo(reported).isLessThan(SAMPLES);
            for (String id : allIds(library)) {
                assertThat(expectedIds).contains(id);
                Sample loaded = library.samples().load(id).orElseThrow();
                assertThat(SampleIds.contentId(loaded)).isEqualTo(id);
            }
            DatasetInfo interrupted = library.datasets().list().getFirst();
            assertThat(interrupted.status()).isEqualTo("running");
            assertThat(interrupted.imported()).isEqualTo(stored);

            ImportResult rerun = library.importFile(file);
            assertThat(rerun.imported()).isEqualTo(SAMPLES - stored);
            assertThat(rerun.duplicates()).isEqualTo(stored);
            assertThat(new HashSet<>(allIds(library))).isEqualTo(expectedIds);
            assertThat(library.datasets().list()).singleElement()
                    .satisfies(dataset -> assertThat(dataset.status()).isEqualTo("complete"))
                    .satisfies(dataset -> assertThat(dataset.imported()).isEqualTo(SAMPLES));
        }
    }

    @Test
    void everyCurationWriteReportedAsDoneSurvivesAKill() throws Exception {
        Sample sample = TestFiles.decision("Where is the Louvre?");
        String id = SampleIds.contentId(sample);
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.importFile(TestFiles.write(dir.resolve("one.jsonl"), List.of(sample)));
        }

        ChildJvm child = ChildJvm.start(CurationChild.class, lib.toString(), id);
        child.awaitLine(line -> line.equals("DONE 60") || line.startsWith("DONE ") && Long.parseLong(line.substring(5)) >= 60);
        child.kill();
        Set<Long> reported = child.lines.stream().filter(line -> line.startsWith("DONE "))
                .map(line -> Long.parseLong(line.substring(5))).collect(Collectors.toSet());

        try (Library library = Library.open(lib)) {
            List<CurationEvent> history = library.curation().history(id);
            Set<Long> stored = history.stream().map(CurationEvent::id).collect(Collectors.toSet());
            assertThat(stored).containsAll(reported);
            // The derived state agrees with the log that survived.
            CurationState state = library.curation().state(id);
            CurationEvent lastRating = history.stream().filter(e -> e.type() == EventType.RATING).toList().getLast();
            assertThat(lastRating.payload()).isEqualTo("{\"score\":" + state.rating() + "}");
            long labels = history.stream().filter(e -> e.type() == EventType.LABEL_ADD).count();
            assertThat(state.labels()).hasSize((int) labels);
        }
    }

    /**
     * A library as a curator's laptop has it: closed cleanly before (H2 compacted it on close, leaving free space
     * near the start of the file), opened again, a few writes, then a crash. H2 wrote the later commits' chunks into
     * that free space without pointing its file header at them, so a kill -9 lost every commit after the first one of
     * the session: the rating and setting below came back as they were. The file is such a library, as the studio
     * left it after a day's use (../shared/data/external imported, opened in the window several times, rated, killed and re-opened).
     */
    @Test
    void theLastWritesOfASessionOnAReopenedLibrarySurviveAKill() throws Exception {
        Path lib = dir.resolve("reopened");
        Files.createDirectories(lib);
        try (var in = new java.util.zip.GZIPInputStream(KillNineTest.class.getResourceAsStream("/crash/reopened-library.mv.db.gz"))) {
            Files.copy(in, lib.resolve("library.mv.db"));
        }
        try (var in = KillNineTest.class.getResourceAsStream("/crash/reopened-library.secret")) {
            Files.copy(in, lib.resolve("database.secret"));
        }
        String tag = "written-" + System.nanoTime();

        ChildJvm child = ChildJvm.start(LastWritesChild.class, lib.toString(), tag);
        String id = child.awaitLine(line -> line.startsWith("DONE ")).substring(5);
        child.kill();

        try (Library library = Library.open(lib)) {
            assertThat(library.settings().get("kill-test")).contains(tag);
            assertThat(library.curation().state(id).rating()).isEqualTo(5);
        }
    }

    private static List<String> allIds(Library library) {
        List<String> ids = new java.util.ArrayList<>();
        PageCursor cursor = null;
        do {
            SamplePage page = library.samples().page(SampleQuery.all(), cursor, 500);
            page.rows().stream().map(SampleSummary::id).forEach(ids::add);
            cursor = page.next().orElse(null);
        } while (cursor != null);
        return ids;
    }
}
