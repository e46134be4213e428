package org.trajectorystudio.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.app.ui.task.TaskHandle;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.inference.template.ChatTemplateException;
import org.trajectorystudio.inference.tokenize.TokenizerLoadException;
import org.trajectorystudio.model.export.ExportCancelledException;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.manifest.Manifest;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * File → Export training set…: the options, a preview (the whole pipeline run into a scratch folder: counts and a
 * token-length histogram), then the export with progress and cancel, and a summary of what was written. Work runs
 * through {@link Tasks}; the dialog only shows state. Export needs a preview of the same options first, so the
 * researcher always sees what will be written before it is.
 */
public final class ExportDialog {
    private final Library library;
    private final Tasks tasks;
    private final Supplier<SampleQuery> tableQuery;
    private final String studioVersion;
    private final Stage stage = new Stage();
    private final ExportForm form;
    private final Label error = new Label();
    private final Label counts = new Label("Preview to see what the export would hold.");
    private final LossMaskView lossMask = new LossMaskView();
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label summary = new Label();
    private final Button preview = new Button("Preview");
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    private final Button close = new Button("Close");
    private TaskHandle running;
    private ExportChoices previewed;
    /** The job the preview ran: the export reuses it, so it selects exactly what the preview showed. */
    private ExportJob previewedJob;

    /** @param files where Choose… asks for the tokenizer, the template and the output file */
    public ExportDialog(Window owner, Library library, Tasks tasks, Supplier<SampleQuery> tableQuery, String studioVersion,
                        org.trajectorystudio.app.ui.FileDialogs files) {
        this.library = library;
        this.tasks = tasks;
        this.tableQuery = tableQuery;
        this.studioVersion = studioVersion;
        this.form = new ExportForm(stage, files);
        stage.initOwner(owner);
        stage.setTitle("Export training set");

        error.setId("export-error");
        error.getStyleClass().add("export-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        counts.setId("export-counts");
        counts.setWrapText(true);
        histogram.setId("token-histogram");
        histogram.setTitle("Records by token length");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        // The axes animate on their own: with an animated category axis, bars added at once can stay zero-sized.
        histogram.getXAxis().setAnimated(false);
        histogram.getYAxis().setAnimated(false);
        histogram.setPrefHeight(220);
        histogram.getXAxis().setLabel("tokens up to");
        histogram.getYAxis().setLabel("records");
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("export-status");
        summary.setId("export-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("export-summary");
        preview.setId("export-preview");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.setDisable(true);
        cancel.setId("export-cancel");
        cancel.setDisable(true);
        close.setId("export-close");
        close.setCancelButton(true);

        preview.setOnAction(event -> preview());
        export.setOnAction(event -> export());
        cancel.setOnAction(event -> cancel());
        close.setOnAction(event -> {
            cancel();
            stage.close();
        });
        stage.setOnHidden(event -> cancel());

        HBox.setHgrow(progress, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, preview, spacer, cancel, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(8, error, new HBox(8, progress), status, summary, buttons);
        VBox center = new VBox(8, counts, histogram, lossMask.node());
        VBox.setMargin(center, new Insets(12, 0, 0, 0));
        // The options and the preview scroll; the buttons and progress stay in view on a 700-pixel screen.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new VBox(form.node(), center));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("export-dialog");
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        Scene scene = org.trajectorystudio.app.ui.ScreenFit.scene(root, 780, 880);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public void show(ExportChoices choices) {
        form.show(choices);
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The task now running (preview or export), for tests and the cancel button; null when idle. */
    public TaskHandle running() {
        return running;
    }

    private ExportJob job(ExportChoices choices) {
        return new ExportJob(library, tableQuery.get(), choices, studioVersion);
    }

    private ExportChoices readOrShowProblem() {
        ExportForm.Result read = form.read();
        error.setText(read.problem() == null ? "" : read.problem());
        return read.choices().orElse(null);
    }

    private void preview() {
        ExportChoices choices = readOrShowProblem();
        if (choices == null) {
            return;
        }
        ExportJob job;
        try {
            job = job(choices);
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        previewed = null;
        summary.setText("");
        start("Previewing the export", progress -> {
            choices.save(library.settings());
            return job.preview(progress);
        }, outcome -> {
            previewed = choices;
            previewedJob = job;
            showPreview(outcome.result(), outcome.filters());
            lossMask.show(outcome.lossMask());
            status.setText(String.format(Locale.ROOT, "Preview ready in %.1f s; %s", outcome.seconds(),
                    choices.output().isEmpty() ? "Export asks where to write it" : "Export writes " + choices.output()));
        });
    }

    private void export() {
        ExportChoices read = readOrShowProblem();
        if (read != null && read.output().isEmpty() && form.askForOutput()) {
            read = readOrShowProblem(); // Export without a file asks for one, as Choose… would
        }
        ExportChoices choices = read;
        if (choices == null) {
            return;
        }
        if (previewed == null || !choices.withOutput("").equals(previewed.withOutput(""))) {
            error.setText("the options changed since the preview; preview again before exporting");
            export.setDisable(true);
            return;
        }
        if (choices.output().isEmpty()) {
            error.setText("choose the output file");
            return;
        }
        ExportJob job = previewedJob;
        java.nio.file.Path out = java.nio.file.Path.of(choices.output());
        summary.setText("");
        start("Exporting the training set", progress -> {
            choices.save(library.settings());
            return job.export(out, progress);
        }, outcome -> {
            summary.setText(summaryText(outcome));
            status.setText(String.format(Locale.ROOT, "Exported in %.1f s", outcome.seconds()));
        });
    }

    private void start(String title, org.trajectorystudio.app.ui.task.Work<ExportJob.Outcome> work,
                       java.util.function.Consumer<ExportJob.Outcome> done) {
        busy(true);
        progress.progressProperty().unbind();
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(title, work, outcome -> {
            if (running == handle[0]) {
                running = null;
                busy(false);
                progress.progressProperty().unbind();
                progress.setProgress(1);
                done.accept(outcome);
            }
        }, failure -> {
            if (running == handle[0]) {
                running = null;
                busy(false);
                progress.progressProperty().unbind();
                progress.setProgress(0);
                if (failure instanceof ExportCancelledException cancelled) {
                    status.setText(cancelledText(cancelled));
                } else {
                    status.setText("");
                    error.setText(problem(failure));
                }
            }
        });
        running = handle[0];
        progress.progressProperty().bind(handle[0].progressProperty());
        status.setText(title + "…");
        handle[0].messageProperty().addListener((obs, old, now) -> {
            if (running == handle[0]) {
                status.setText(now);
            }
        });
    }

    /**
     * Asks the running task to stop. What it then did is said when it answers: nothing written when it stopped before
     * the data files were committed, the files it left when it was making Parquet, or the summary when it had finished.
     */
    private void cancel() {
        if (running == null) {
            return;
        }
        running.cancel();
        cancel.setDisable(true);
        status.setText("Cancelling…");
    }

    /** What a cancelled export or preview left: a preview writes only into its scratch folder. */
    static String cancelledText(ExportCancelledException cancelled) {
        return cancelled.written().isEmpty() ? "Cancelled; nothing was written."
                : "Cancelled after the data files were written (" + String.join(", ",
                        cancelled.written().stream().map(path -> path.getFileName().toString()).toList())
                        + "); no manifest or dataset card was written for them.";
    }

    private void busy(boolean busy) {
        preview.setDisable(busy);
        export.setDisable(busy || previewed == null);
        cancel.setDisable(!busy);
        form.node().setDisable(busy);
        if (busy) {
            error.setText("");
        }
    }

    private void showPreview(ExportResult result, java.util.Map<String, String> filters) {
        Manifest manifest = result.report();
        boolean exact = manifest.tokenizer().exact();
        if (result.exported() == 0) {
            counts.setText(PreviewText.nothingToExport(result, filters));
            histogram.getData().clear();
            export.setDisable(true);
            return;
        }
        counts.setText(String.format(Locale.ROOT,
                "Would export %,d of %s read: %,d dropped over budget, %,d truncated, %,d deduplicated, %,d skipped (kind not in format).%n"
                        + "%,d tokens%s, %,d to %,d per record (mean %,d), by %s.%s",
                result.exported(), Plural.of(result.read(), "sample"), result.dropped(), result.truncated(),
                result.deduplicated(), result.skipped(), result.tokens(), exact ? "" : " (approximate)",
                manifest.tokens().min(), manifest.tokens().max(), manifest.tokens().mean(), manifest.tokenizer().name(),
                packingText(manifest)));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("records");
        for (Manifest.Bucket bucket : manifest.tokens().histogram()) {
            series.getData().add(new XYChart.Data<>(bucket.upTo() == null ? "more" : shortTokens(bucket.upTo()), bucket.records()));
        }
        histogram.getData().setAll(List.of(series));
        RecordAxis.fit((NumberAxis) histogram.getYAxis(),
                manifest.tokens().histogram().stream().mapToLong(Manifest.Bucket::records).max().orElse(0));
        export.setDisable(false);
    }

    private static String packingText(Manifest manifest) {
        Manifest.PackingSummary packing = manifest.packing();
        return packing == null ? "" : String.format(Locale.ROOT, "%nPacked into %,d sequences of %,d tokens, efficiency %.1f%%.",
                packing.sequences(), packing.sequenceLength(), packing.efficiency() * 100);
    }

    static String summaryText(ExportJob.Outcome outcome) {
        ExportResult result = outcome.result();
        Manifest manifest = result.report();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Exported %s (%,d tokens%s) from %s read.",
                Plural.of(result.exported(), "record"), result.tokens(), manifest.tokenizer().exact() ? "" : ", approximate",
                Plural.of(result.read(), "sample")));
        lines.add(String.format(Locale.ROOT, "Dropped %,d, truncated %,d, deduplicated %,d, skipped %,d.", result.dropped(),
                result.truncated(), result.deduplicated(), result.skipped()));
        lines.add(String.format(Locale.ROOT, "Train %,d, validation %,d.", manifest.counts().train(), manifest.counts().validation()));
        String packing = packingText(manifest).strip();
        if (!packing.isEmpty()) {
            lines.add(packing);
        }
        lines.add("Training set: " + result.out());
        if (result.validationOut() != null) {
            lines.add("Validation: " + result.validationOut());
        }
        lines.add("Manifest: " + result.manifest());
        if (outcome.hub() != null) {
            outcome.hub().parquet().forEach(file -> lines.add("Parquet: " + file));
            lines.add("Dataset card: " + outcome.hub().card() + outcome.hub().cardNote());
        }
        return String.join("\n", lines);
    }

    private static String shortTokens(int tokens) {
        return tokens >= 1024 ? (tokens / 1024) + "K" : Integer.toString(tokens);
    }

    /** Expected failures as their one-line message; anything else with its type, so it can be reported. */
    static String problem(Throwable failure) {
        if (failure instanceof ExportCancelledException) {
            return "cancelled";
        }
        if (failure instanceof TokenizerLoadException || failure instanceof ChatTemplateException
                || failure instanceof IllegalArgumentException || failure instanceof java.io.IOException) {
            return failure.getMessage();
        }
        return "export failed: " + failure;
    }
}
