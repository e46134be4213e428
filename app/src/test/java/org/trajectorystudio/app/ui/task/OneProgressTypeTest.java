package org.trajectorystudio.app.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.export.ExportChoices;
import org.trajectorystudio.app.export.ExportJob;
import org.trajectorystudio.model.export.ExportCancelledException;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.LogImportResult;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * Import, export and curation log import on real libraries report to one {@link ProgressListener} and stop on one
 * {@link CancelToken}, handed over as the window's tasks hand them ({@link TaskScope}): what the status bar shows is
 * the same {@link Progress} whichever of them runs.
 */
class OneProgressTypeTest {
    private static final int SAMPLES = 600;

    @TempDir
    Path dir;

    /** One listener for everything: what each piece of work reported, in order. */
    private static final class Recorder implements ProgressListener {
        final List<Progress> heard = new CopyOnWriteArrayList<>();

        @Override
        public void progress(Progress progress) {
            heard.add(progress);
        }

        List<String> messages() {
            return heard.stream().map(Progress::message).toList();
        }
    }

    @Test
    void importExportAndLogImportReportToTheSameListener() throws Exception {
        Path file = samples(dir.resolve("many.jsonl"));
        Recorder recorder = new Recorder();
        TaskScope task = new TaskScope(recorder, new CancelToken());
        Path log = dir.resolve("alice.jsonl");
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportResult imported = library.importFile(file, ImportOptions.defaults(), task.progress(), task.cancel());
            assertThat(imported.imported()).isEqualTo(SAMPLES);
            Progress last = recorder.heard.getLast();
            assertThat(last.unit()).isEqualTo("bytes");
            assertThat(last.total()).isEqualTo(Files.size(file));
            assertThat(last.done()).isEqualTo(last.total());
            assertThat(last.fraction()).isEqualTo(1.0);
            assertThat(last.message()).matches("600 samples · \\d+\\.\\d MB/s");
            int afterImport = recorder.heard.size();

            Path out = dir.resolve("set.jsonl");
            ExportJob.Outcome exported = new ExportJob(library, SampleQuery.all(), choices(out), "test").export(out, task);
            assertThat(exported.result().exported()).isEqualTo(SAMPLES);
            List<Progress> export = recorder.heard.subList(afterImport, recorder.heard.size());
            assertThat(export.stream().map(Progress::message)).contains("Opening the tokenizer",
                    "Rendering and counting 256 of 600 samples", "Rendering and counting 512 of 600 samples",
                    "Writing 0 of 600 records", "Writing 512 of 600 records");
            assertThat(export.getLast()).satisfies(done -> {
                assertThat(done.message()).isEqualTo("Done");
                assertThat(done.fraction()).isEqualTo(1.0);
            });
            // The bar only moves forward across the export's steps (reading, then writing).
            List<Double> known = export.stream().map(Progress::fraction).filter(f -> f >= 0).toList();
            assertThat(known).isSorted();
            assertThat(known.getFirst()).isLessThan(0.85);

            Curation alice = library.curation().as("alice");
            List<String> ids = library.samples().page(SampleQuery.all(), 700).rows().stream().map(row -> row.id()).toList();
            ids.forEach(id -> alice.rate(RatingTarget.sample(id), 4));
            assertThat(library.curationLog().export(log, "alice").events()).isEqualTo(SAMPLES);
        }
        try (Library other = Library.open(dir.resolve("other"))) {
            other.importFile(file);
            int before = recorder.heard.size();
            LogImportResult merged = other.curationLog().importLog(log, task.cancel(), task.progress());
            assertThat(merged.imported()).isEqualTo(SAMPLES);
            assertThat(recorder.messages().subList(before, recorder.heard.size())).containsExactly("500 of 600 events", "600 of 600 events");
            assertThat(recorder.heard.getLast().unit()).isEqualTo("events");
            assertThat(recorder.heard.getLast().fraction()).isEqualTo(1.0);
        }
    }

    @Test
    void aListenerThatCancelsAtTheFirstReportStopsEachOfThem() throws Exception {
        Path file = samples(dir.resolve("many.jsonl"));
        Path log = dir.resolve("alice.jsonl");
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importFile(file);
            Curation alice = library.curation().as("alice");
            library.samples().page(SampleQuery.all(), 700).rows().forEach(row -> alice.rate(RatingTarget.sample(row.id()), 4));
            library.curationLog().export(log, "alice");

            TaskScope export = cancelling();
            Path out = dir.resolve("set.jsonl");
            assertThatThrownBy(() -> new ExportJob(library, SampleQuery.all(), choices(out), "test").export(out, export))
                    .isInstanceOf(ExportCancelledException.class);
            assertThat(out).doesNotExist();
        }
        try (Library other = Library.open(dir.resolve("other"))) {
            // The import commits its first chunk at once and reports it: the cancel stops it before the rest.
            Path big = samples(dir.resolve("big.jsonl"), 40_000);
            TaskScope importing = cancelling();
            ImportResult imported = other.importFile(big, ImportOptions.defaults(), importing.progress(), importing.cancel());
            assertThat(imported.cancelled()).isTrue();
            assertThat(other.samples().count(SampleQuery.all())).isEqualTo(imported.imported()).isLessThan(40_000);

            other.importFile(file);
            TaskScope logImport = cancelling();
            LogImportResult merged = other.curationLog().importLog(log, logImport.cancel(), logImport.progress());
            assertThat(merged.imported()).isEqualTo(500); // the first batch, then the cancel
        }
    }

    /** A scope whose listener presses Cancel as soon as it hears anything. */
    private TaskScope cancelling() {
        CancelToken token = new CancelToken();
        return new TaskScope(progress -> token.cancel(), token);
    }

    private static ExportChoices choices(Path out) {
        return new ExportChoices(ExportChoices.Scope.LIBRARY, false, 0, null, ExportChoices.Stage.STAGE_1, 32_768,
                OverBudget.DROP, "approx", "chatml", ExportFormat.CPT_TEXT, false, 32_768, 0, false, 0, 0, out.toString(), false);
    }

    private static Path samples(Path file) throws Exception {
        return samples(file, SAMPLES);
    }

    private static Path samples(Path file, int count) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Sample sample = new Sample("s" + i, SampleKind.TRAJECTORY, "Question number " + i + " about the Derby?", null, null,
                    List.of(), List.of(), List.of(Step.of("answer " + i, new FinalAnswer("Epsom " + i), null)), Judgment.CORRECT, Map.of());
            lines.append(StudioCodec.write(sample)).append('\n');
        }
        return Files.writeString(file, lines);
    }
}
