package org.trajectorystudio.persistence.importing;

import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.dataset.DatasetInfo;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.query.SampleQuery;

class ImportTest {
    @TempDir
    Path dir;

    @Test
    void importsEverySampleAndLoadsItBackEqual() throws Exception {
        List<Sample> samples = TestFiles.synthetic(120, 1);
        Path file = TestFiles.write(dir.resolve("a.jsonl"), samples);
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportResult result = library.importFile(file);
            assertThat(result.imported()).isEqualTo(120);
            assertThat(result.duplicates()).isZero();
            assertThat(result.rejected()).isEmpty();
            assertThat(result.format()).isEqualTo("studio");
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(120);
            Sample first = samples.getFirst();
            String id = SampleIds.contentId(first);
            assertThat(library.samples().load(id)).contains(first.withId(id));
        }
    }

    @Test
    void importingTheSameFileAgainAddsNothingAndCountsDuplicates() throws Exception {
        Path file = TestFiles.write(dir.resolve("a.jsonl"), TestFiles.synthetic(75, 2));
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertThat(library.importFile(file).imported()).isEqualTo(75);
            ImportResult again = library.importFile(file);
            assertThat(again.imported()).isZero();
            assertThat(again.duplicates()).isEqualTo(75);
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(75);
            assertThat(library.datasets().list()).hasSize(1);
        }
    }

    @Test
    void duplicatesWithinOneFileAreStoredOnce() throws Exception {
        List<Sample> samples = new ArrayList<>(TestFiles.synthetic(10, 3));
        samples.addAll(samples);
        Path file = TestFiles.write(dir.resolve("twice.jsonl"), samples);
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportResult result = library.importFile(file);
            assertThat(result.imported()).isEqualTo(10);
            assertThat(result.duplicates()).isEqualTo(10);
        }
    }

    /**
     * Into an empty library the writer looks up only ids it has written itself ({@code WrittenIds}): a sample repeated
     * chunks later must still be found (the unique id index would fail the import otherwise), and a sample already in
     * the library before the import must be found too.
     */
    @Test
    void duplicatesChunksApartAreFoundInAFreshLibraryAndInAFilledOne() throws Exception {
        List<Sample> samples = new ArrayList<>(TestFiles.synthetic(2500, 5));
        samples.addAll(samples.subList(0, 40));
        samples.addAll(samples.subList(2000, 2010));
        Path file = TestFiles.write(dir.resolve("repeats.jsonl"), samples);
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportResult fresh = library.importFile(file);
            assertThat(fresh.imported()).isEqualTo(2500);
            assertThat(fresh.duplicates()).isEqualTo(50);

            Path more = TestFiles.write(dir.resolve("more.jsonl"), TestFiles.synthetic(2600, 5));
            ImportResult filled = library.importFile(more);
            assertThat(filled.imported()).isEqualTo(100);
            assertThat(filled.duplicates()).isEqualTo(2500);
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(2600);
        }
    }

    @Test
    void rejectedAndWarnedLinesAreReportedAndKeptWithTheDataset() throws Exception {
        List<Sample> samples = TestFiles.synthetic(3, 4);
        String noKind = StudioCodec.write(samples.get(2)).replace("\"kind\":\"trajectory\",", "");
        Path file = TestFiles.writeLines(dir.resolve("mixed.jsonl"), List.of(
                StudioCodec.write(samples.get(0)),
                "{\"schema\":\"trajectory-studio/v1\",\"question\":\"cut off",
                StudioCodec.write(samples.get(1)),
                "[1,2,3]",
                noKind));
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportResult result = library.importFile(file, ImportOptions.format("studio"), null, null);
            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.rejected()).extracting(LineIssue::line).containsExactly(2L, 4L);
            assertThat(result.rejected().get(1).reason()).contains("not a JSON object");
            assertThat(result.warnings()).extracting(LineIssue::line).containsExactly(5L);
            DatasetInfo dataset = library.datasets().get(result.datasetId()).orElseThrow();
            assertThat(dataset.status()).isEqualTo("complete");
            assertThat(dataset.imported()).isEqualTo(3);
            assertThat(dataset.rejected()).isEqualTo(2);
            assertThat(dataset.warnings()).isEqualTo(1);
            assertThat(dataset.sha256()).hasSize(64);
            assertThat(dataset.format()).isEqualTo("studio");
            assertThat(dataset.sizeBytes()).isEqualTo(java.nio.file.Files.size(file));
            assertThat(library.datasets().rejected(result.datasetId())).isEqualTo(result.rejected());
            assertThat(library.datasets().warnings(result.datasetId())).isEqualTo(result.warnings());
        }
    }

    @Test
    void progressIsReportedAndCancellationKeepsWhatWasCommitted() throws Exception {
        Path file = TestFiles.write(dir.resolve("big.jsonl"), TestFiles.synthetic(3000, 5));
        try (Library library = Library.open(dir.resolve("lib"))) {
            CancelToken cancel = new CancelToken();
            List<Progress> seen = new ArrayList<>();
            ImportResult result = library.importFile(file, ImportOptions.defaults(), progress -> {
                seen.add(progress);
                cancel.cancel();
            }, cancel);
            assertThat(result.cancelled()).isTrue();
            assertThat(seen).isNotEmpty();
            assertThat(seen.getFirst().done()).isPositive();
            assertThat(seen.getFirst().total()).isEqualTo(java.nio.file.Files.size(file));
            long stored = library.samples().count(SampleQuery.all());
            assertThat(stored).isEqualTo(result.imported()).isPositive().isLessThan(3000);
            assertThat(library.datasets().get(result.datasetId()).orElseThrow().status()).isEqualTo("cancelled");

            ImportResult rest = library.importFile(file);
            assertThat(rest.imported()).isEqualTo(3000 - stored);
            assertThat(rest.duplicates()).isEqualTo(stored);
            assertThat(library.datasets().list()).hasSize(1);
        }
    }

    @Test
    void aMissingFileOrUnknownFormatIsOneClearError() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertThatThrownBy(() -> library.importFile(dir.resolve("nope.jsonl")))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("no such file");
            Path file = TestFiles.writeLines(dir.resolve("x.jsonl"), List.of("{\"hello\":1}"));
            assertThatThrownBy(() -> library.importFile(file))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("no conversation found: top-level keys are hello; name one with --messages-key");
            assertThatThrownBy(() -> library.importFile(file, ImportOptions.format("yaml"), null, null))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("unknown format 'yaml'");
        }
    }

    @Test
    void theLibraryReopensWithItsSamples() throws Exception {
        Path file = TestFiles.write(dir.resolve("a.jsonl"), TestFiles.synthetic(20, 6));
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importFile(file);
        }
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(20);
        }
    }
}
