package org.trajectorystudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.app.ui.task.TaskScope;
import org.trajectorystudio.inference.tokenize.train.ByteLevelBpeTrainer;
import org.trajectorystudio.model.export.ExportCancelledException;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;

/** The export dialog in the window, on a real library with real tasks: options, preview, export, cancel. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private final ExportFeature feature = new ExportFeature();
    private final org.trajectorystudio.app.testing.ScriptedFileDialogs files = new org.trajectorystudio.app.testing.ScriptedFileDialogs();

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
        tasks = new FxTasks();
        window = new MainWindow(library, tasks, new StatusNotifier(false), result -> {}, List.of(feature));
        window.useFileDialogs(files);
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close() {
        tasks.close();
        library.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Accepts every sample but one rejected and every fifth left unreviewed; returns the ids that may be exported. */
    private Set<String> curate(String[] rejected, Set<String> unreviewed) {
        List<SampleSummary> rows = library.samples().page(SampleQuery.all(), 10_000).rows();
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i).id();
            if (i == 3) {
                library.curation().verdict(id, Verdict.REJECTED);
                rejected[0] = id;
            } else if (i % 5 == 0) {
                unreviewed.add(id);
            } else {
                library.curation().verdict(id, Verdict.ACCEPTED);
                accepted.add(id);
            }
        }
        return accepted;
    }

    private <T extends Node> T node(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    private void openDialog(FxRobot robot) throws Exception {
        robot.clickOn("#sample-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.X).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> feature.dialog() != null && feature.dialog().stage().isShowing());
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    private static long number(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text.replace(",", ""));
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void previewShowsCountsAndAHistogramThenExportWritesWhatTheSummarySays(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        String[] rejected = new String[1];
        Set<String> unreviewed = new HashSet<>();
        Set<String> accepted = curate(rejected, unreviewed);
        openDialog(robot);
        Path out = dir.resolve("stage1.jsonl");

        robot.interact(() -> {
            this.<RadioButton>node(robot, "#export-scope-library").setSelected(true);
            this.<ComboBox<ExportChoices.Stage>>node(robot, "#export-stage").setValue(ExportChoices.Stage.CUSTOM);
            this.<TextField>node(robot, "#export-max-tokens").setText("3000");
            this.<ComboBox<OverBudget>>node(robot, "#export-over-budget").setValue(OverBudget.TRUNCATE);
            this.<ComboBox<ExportFormat>>node(robot, "#export-format").setValue(ExportFormat.CHAT);
            this.<TextField>node(robot, "#export-validation").setText("0.2");
            this.<TextField>node(robot, "#export-output").setText("");
        });
        // The preview runs into a scratch folder: it needs no output file (the README says so); Export does.
        robot.clickOn("#export-preview");
        BarChart<?, ?> chart = node(robot, "#token-histogram");
        waitUntil(() -> !chart.getData().isEmpty());
        assertThat(robot.lookup("#export-error").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#export-status").queryLabeled().getText()).contains("Export asks where to write it");
        // Export without a file asks for one (the window's file dialogs, scripted here): cancelled, nothing happens.
        int askedBefore = files.asked().size();
        robot.clickOn("#export-run");
        assertThat(files.asked()).hasSize(askedBefore + 1);
        assertThat(files.asked().getLast().fileName()).isEqualTo("training-set.jsonl");
        assertThat(robot.lookup("#export-error").queryLabeled().getText()).isEqualTo("choose the output file");
        // Choosing the file after the preview (Choose…, answered through the window's file dialogs) does not change what
        // it selected: no second preview needed.
        files.answer(out);
        robot.clickOn("#export-output-browse");
        assertThat(this.<TextField>node(robot, "#export-output").getText()).isEqualTo(out.toString());
        assertThat(files.asked().getLast().fileName()).isEqualTo("training-set.jsonl");
        String counts = robot.lookup("#export-counts").queryLabeled().getText();
        long wouldExport = number(counts, "Would export (\\d+)");
        assertThat(wouldExport).isPositive().isLessThanOrEqualTo(accepted.size());
        assertThat(number(counts, "(\\d+) truncated")).isPositive();
        assertThat(counts).contains("(approximate)");
        long bars = chart.getData().getFirst().getData().stream().filter(d -> ((XYChart.Data<?, ?>) d).getYValue() instanceof Number n && n.longValue() > 0).count();
        assertThat(bars).isPositive();
        assertThat(robot.lookup("#token-histogram .chart-bar").<Node>queryAll())
                .anySatisfy(bar -> {
                    assertThat(bar.getBoundsInParent().getHeight()).as("a drawn bar").isGreaterThan(1);
                    assertThat(((Region) bar).getBackground().getFills()).as("a filled bar")
                            .anySatisfy(fill -> assertThat(fill.getFill()).isNotEqualTo(Color.TRANSPARENT));
                });
        assertThat(Files.exists(out)).as("a preview writes nothing").isFalse();
        // At its size on this screen, with the preview's counts shown, the dialog cuts none of its labels.
        assertThat(org.trajectorystudio.app.testing.CutLabels.under(robot, feature.dialog().stage().getScene().getRoot()))
                .as("labels shown cut").isEmpty();

        robot.clickOn("#export-run");
        waitUntil(() -> !robot.lookup("#export-summary").queryLabeled().getText().isEmpty());
        String summary = robot.lookup("#export-summary").queryLabeled().getText();
        long exported = number(summary, "Exported (\\d+) records");
        long train = number(summary, "Train (\\d+)");
        long validation = number(summary, "validation (\\d+)");
        assertThat(exported).isEqualTo(wouldExport).isEqualTo(train + validation);
        assertThat(validation).isPositive();
        assertThat(lines(out)).hasSize((int) train);
        assertThat(lines(dir.resolve("stage1.validation.jsonl"))).hasSize((int) validation);
        assertThat(summary).contains(out.toString()).contains("stage1.jsonl.manifest.json");

        Set<String> written = new HashSet<>();
        for (String line : lines(out)) {
            written.add(Json.MAPPER.readTree(line).get("id").stringValue());
        }
        assertThat(written).isSubsetOf(accepted).doesNotContain(rejected[0]).doesNotContainAnyElementsOf(unreviewed);
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();

        ExportChoices remembered = ExportChoices.load(library.settings());
        assertThat(remembered.output()).isEqualTo(out.toString());
        assertThat(remembered.stage()).isEqualTo(ExportChoices.Stage.CUSTOM);
        assertThat(remembered.customMaxTokens()).isEqualTo(3000);
        assertThat(remembered.format()).isEqualTo(ExportFormat.CHAT);
    }

    @Test
    void exportWithoutAnOutputFileAsksForOneAndWritesThere(FxRobot robot) throws Exception {
        // It said "choose the output file" in red under an enabled Export button; the curator had to find Choose….
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        Set<String> accepted = curate(new String[1], new HashSet<>());
        openDialog(robot);
        robot.interact(() -> this.<TextField>node(robot, "#export-output").setText(""));
        robot.clickOn("#export-preview");
        waitUntil(() -> robot.lookup("#export-counts").queryLabeled().getText().startsWith("Would export"));
        Path out = dir.resolve("asked.jsonl");

        files.answer(out);
        robot.clickOn("#export-run");

        waitUntil(() -> !robot.lookup("#export-summary").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#export-error").queryLabeled().getText()).isEmpty();
        assertThat(this.<TextField>node(robot, "#export-output").getText()).isEqualTo(out.toString());
        assertThat(lines(out)).isNotEmpty().hasSizeLessThanOrEqualTo(accepted.size());
    }

    @Test
    void anUnreadableTokenizerIsReportedInlineAndCancelWritesNothing(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        curate(new String[1], new HashSet<>());
        openDialog(robot);
        Path out = dir.resolve("cancelled.jsonl");
        robot.interact(() -> {
            this.<RadioButton>node(robot, "#export-scope-library").setSelected(true);
            this.<ComboBox<ExportForm.TokenizerKind>>node(robot, "#export-tokenizer-kind").setValue(ExportForm.TokenizerKind.HF);
            this.<TextField>node(robot, "#export-tokenizer-path").setText(dir.resolve("missing/tokenizer.json").toString());
            this.<TextField>node(robot, "#export-output").setText(out.toString());
        });
        robot.clickOn("#export-preview");
        assertThat(robot.lookup("#export-error").queryLabeled().getText()).contains("missing").contains("no such tokenizer file");

        Path broken = Files.writeString(dir.resolve("broken-tokenizer.json"), "{\"model\": 42}");
        robot.interact(() -> this.<TextField>node(robot, "#export-tokenizer-path").setText(broken.toString()));
        robot.clickOn("#export-preview");
        waitUntil(() -> !robot.lookup("#export-error").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#export-error").queryLabeled().getText()).contains("broken-tokenizer.json");

        // A real exact tokenizer (a byte-level BPE trained here) and the model's own chat template.
        Path tokenizer = ByteLevelBpeTrainer.train(List.of("The search tool answered the query about the Derby.",
                "Epsom Downs hosts the Derby; the search results name the winner."), 200).write(dir.resolve("tokenizer.json"));
        Path config = Files.writeString(dir.resolve("tokenizer_config.json"), Json.write(Json.object().put("chat_template",
                "{% for message in messages %}<|im_start|>{{ message.role }}\n{{ message.content }}<|im_end|>\n{% endfor %}")));
        robot.interact(() -> {
            this.<TextField>node(robot, "#export-tokenizer-path").setText(tokenizer.toString());
            this.<ComboBox<ExportForm.TemplateKind>>node(robot, "#export-template").setValue(ExportForm.TemplateKind.HF);
            this.<TextField>node(robot, "#export-template-path").setText(config.toString());
        });
        robot.clickOn("#export-preview");
        waitUntil(() -> !node(robot, "#export-run").isDisabled());
        String counts = robot.lookup("#export-counts").queryLabeled().getText();
        assertThat(counts).contains("by hf:tokenizer.json sha256:").doesNotContain("approximate");
        assertThat(robot.lookup("#export-error").queryLabeled().getText()).isEmpty();

        AtomicBoolean cancelEnabled = new AtomicBoolean();
        robot.interact(() -> {
            this.<Button>node(robot, "#export-run").fire();
            cancelEnabled.set(!node(robot, "#export-cancel").isDisabled());
            this.<Button>node(robot, "#export-cancel").fire();
        });
        assertThat(cancelEnabled).isTrue();
        waitUntil(() -> tasks.running().isEmpty());
        assertThat(robot.lookup("#export-status").queryLabeled().getText()).startsWith("Cancelled");
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.exists(dir.resolve("cancelled.jsonl.manifest.json"))).isFalse();
        assertThat(robot.lookup("#export-summary").queryLabeled().getText()).isEmpty();
    }

    /** The table shows one dataset: the preview names it by its file ("dataset 16" told a curator nothing). */
    @Test
    void aPreviewOfADatasetNamesItsFile(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        org.trajectorystudio.persistence.dataset.DatasetInfo first = library.datasets().list().getFirst();
        robot.interact(() -> window.browser().sourceProperty().set(
                new org.trajectorystudio.app.library.LibrarySource.Dataset(first.id(), first.fileName(), 0)));
        waitUntil(() -> window.browser().totalProperty().get() < 77);
        openDialog(robot);
        robot.interact(() -> {
            this.<CheckBox>node(robot, "#export-accepted-only").setSelected(true);
            this.<TextField>node(robot, "#export-output").setText("");
        });
        robot.clickOn("#export-preview");
        waitUntil(() -> robot.lookup("#export-counts").queryLabeled().getText().startsWith("Nothing to export"));
        assertThat(robot.lookup("#export-counts").queryLabeled().getText())
                .contains("dataset " + first.id() + " (" + java.nio.file.Path.of(first.sourcePath()).getFileName() + ")");
    }

    @Test
    void aPreviewThatMatchesNothingSaysWhyAndTheHistogramCountsWholeRecords(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        openDialog(robot);
        robot.interact(() -> {
            this.<RadioButton>node(robot, "#export-scope-library").setSelected(true);
            this.<CheckBox>node(robot, "#export-accepted-only").setSelected(true);
            this.<TextField>node(robot, "#export-output").setText("");
        });
        robot.clickOn("#export-preview");
        waitUntil(() -> robot.lookup("#export-counts").queryLabeled().getText().startsWith("Nothing to export"));
        assertThat(robot.lookup("#export-counts").queryLabeled().getText())
                .contains("no sample matches").contains("verdict accepted").contains("Accepted only");
        assertThat(node(robot, "#export-run").isDisabled()).as("nothing to export").isTrue();

        // Two accepted samples: bars of one or two records, and an axis that never shows half a record.
        List<SampleSummary> rows = library.samples().page(SampleQuery.all(), 2).rows();
        rows.forEach(row -> library.curation().verdict(row.id(), Verdict.ACCEPTED));
        robot.clickOn("#export-preview");
        BarChart<?, ?> chart = node(robot, "#token-histogram");
        waitUntil(() -> !chart.getData().isEmpty());
        assertThat(robot.lookup("#export-counts").queryLabeled().getText()).startsWith("Would export 2 of 2");
        javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) chart.getYAxis();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(axis.getTickMarks()).isNotEmpty().allSatisfy(mark ->
                assertThat(((Number) mark.getValue()).doubleValue() % 1).as("tick " + mark.getLabel()).isZero());
    }

    @Test
    void aCancelDuringParquetNamesTheFilesItLeftAndAFinishedOneListsTheParquetInTheManifest(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        Path folder = Files.createDirectories(dir.resolve("parquet-cancel"));
        ExportChoices choices = new ExportChoices(ExportChoices.Scope.LIBRARY, false, 0, null, ExportChoices.Stage.STAGE_2, 0,
                OverBudget.DROP, "approx", "chatml", ExportFormat.CHAT, false, 32_768, 0, false, 7, 0,
                folder.resolve("set.jsonl").toString(), true);
        ExportJob job = new ExportJob(library, SampleQuery.all(), choices, "test");
        CancelToken cancel = new CancelToken();
        TaskScope cancelAtParquet = new TaskScope(progress -> {
            if (progress.message().startsWith("Writing Parquet")) {
                cancel.cancel();
            }
        }, cancel);
        ExportCancelledException cancelled = org.assertj.core.api.Assertions.catchThrowableOfType(ExportCancelledException.class,
                () -> job.export(cancelAtParquet));
        assertThat(cancelled.written()).extracting(path -> path.getFileName().toString()).contains("set.jsonl");
        assertThat(ExportDialog.cancelledText(cancelled)).contains("set.jsonl").contains("no manifest")
                .doesNotContain("nothing was written");
        assertThat(Files.exists(folder.resolve("set.jsonl.manifest.json"))).as("no manifest for an unfinished set").isFalse();

        ExportJob.Outcome whole = job.export(TaskScope.none());
        var outputs = whole.result().report().outputs();
        assertThat(outputs).extracting(o -> o.file()).containsExactly("set.jsonl", "set.parquet");
        for (var output : outputs) {
            assertThat(output.sha256()).isEqualTo(ExportTargets.sha256(folder.resolve(output.file())));
        }
        String manifest = Files.readString(folder.resolve("set.jsonl.manifest.json"));
        assertThat(manifest).contains("\"set.parquet\"");
        assertThat(whole.hub().parquet()).containsExactly(folder.resolve("set.parquet"));
    }

    @Test
    void anExportCancelledMidwayThroughTheTaskApiLeavesNoFile(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        Path file = dir.resolve("webdancer.jsonl");
        Files.copy(SharedData.file("webdancer_sample_traj.jsonl"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        robot.interact(() -> window.importFiles(List.of(file)));
        waitUntil(() -> window.browser().totalProperty().get() == 277);
        curate(new String[1], new HashSet<>());
        Path folder = Files.createDirectories(dir.resolve("midway"));
        ExportChoices choices = new ExportChoices(ExportChoices.Scope.LIBRARY, false, 0, null, ExportChoices.Stage.STAGE_2, 0,
                OverBudget.DROP, "approx", "chatml", ExportFormat.CPT_TEXT, false, 32_768, 0, false, 7, 0,
                folder.resolve("set.jsonl").toString(), false);
        ExportJob job = new ExportJob(library, SampleQuery.all(), choices, "test");

        AtomicBoolean sawReading = new AtomicBoolean();
        CancelToken cancel = new CancelToken();
        TaskScope cancelAfterFirstRecords = new TaskScope(progress -> {
            if (progress.message().startsWith("Rendering and counting")) {
                sawReading.set(true);
                cancel.cancel();
            }
        }, cancel);
        assertThatThrownBy(() -> job.export(cancelAfterFirstRecords)).isInstanceOf(ExportCancelledException.class);
        assertThat(sawReading).isTrue();
        try (var left = Files.list(folder)) {
            assertThat(left.toList()).isEmpty();
        }

        ExportJob.Outcome whole = job.export(TaskScope.none());
        assertThat(whole.result().read()).isEqualTo(277 - 1); // all but the rejected one
        assertThat(lines(folder.resolve("set.jsonl"))).hasSize((int) whole.result().exported());
    }
}
