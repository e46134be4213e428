package org.trajectorystudio.app.preview;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trajectorystudio.app.trajectory.TrajectoryTreeView;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.app.ui.task.TaskHandle;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.CompletionRequest;
import org.trajectorystudio.inference.engine.CompletionResult;
import org.trajectorystudio.inference.engine.PlanningPrompt;
import org.trajectorystudio.model.preview.CompletionParser;
import org.trajectorystudio.model.preview.ParsedCompletion;

/**
 * Tools → "Plan a question…": a FAS planning preview. The curator types a question or picks one from a JSONL file of
 * questions; the model (the engine set in the Preview tab) streams its analysis and first action, which are read back
 * into the analysis and first-action nodes of a FAS planning sample.
 */
final class PlanDialog {
    private final WindowContext context;
    private final PreviewSession session;
    private final Stage stage = new Stage();
    private final ComboBox<String> questions = new ComboBox<>();
    private final TextArea question = new TextArea();
    private final Button run = new Button("Plan");
    private final Button stop = new Button("Stop");
    private final Label engine = new Label();
    private final Label speed = new Label();
    private final Label error = new Label();
    private final TextArea output = new TextArea();
    private final TrajectoryTreeView tree = new TrajectoryTreeView();
    private TaskHandle task;

    PlanDialog(WindowContext context, PreviewSession session) {
        this.context = context;
        this.session = session;
        Button open = new Button("Questions from a file…");
        open.setId("plan-open");
        open.setOnAction(event -> chooseFile());
        questions.setId("plan-questions");
        questions.setPromptText("pick a question");
        questions.setMaxWidth(Double.MAX_VALUE);
        questions.setOnAction(event -> {
            if (questions.getValue() != null) {
                question.setText(questions.getValue());
            }
        });
        HBox.setHgrow(questions, Priority.ALWAYS);
        question.setId("plan-question");
        question.setPromptText("Type a question, or pick one from a JSONL file of questions");
        question.setWrapText(true);
        question.setPrefRowCount(3);
        run.setId("plan-run");
        run.setOnAction(event -> plan());
        stop.setId("plan-stop");
        stop.setDisable(true);
        stop.setOnAction(event -> cancelRun());
        engine.setId("plan-engine");
        speed.setId("plan-speed");
        error.setId("plan-error");
        error.getStyleClass().add("preview-error");
        error.setWrapText(true);
        output.setId("plan-output");
        output.setEditable(false);
        output.setWrapText(true);
        tree.setId("plan-tree");
        tree.setPrefHeight(180);
        HBox pick = new HBox(6, open, questions);
        pick.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(6, run, stop, engine);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(output, Priority.ALWAYS);
        VBox root = new VBox(6, pick, question, actions, error, speed, output, tree);
        root.setId("plan-dialog");
        root.setPadding(new Insets(10));
        root.getStyleClass().add("preview-panel");
        Scene scene = org.trajectorystudio.app.ui.ScreenFit.scene(org.trajectorystudio.app.ui.Closable.withCloseButton(root, stage), 720, 640);
        // The dialog is reachable from its scene's root (the Close button's wrapper), so that a test can hand it a
        // questions file without a file chooser.
        scene.getRoot().getProperties().put(PlanDialog.class, this);
        scene.getStylesheets().addAll(context.scene().getStylesheets());
        stage.setScene(scene);
        org.trajectorystudio.app.ui.Closable.escapeCloses(stage);
        stage.setTitle("Plan a question (FAS planning preview)");
        // a task cancelled from the status bar reports neither result nor failure
        context.tasks().running().addListener((javafx.collections.ListChangeListener<TaskHandle>) change -> {
            if (task != null && !context.tasks().running().contains(task)) {
                done();
            }
        });
        stage.setOnHidden(event -> cancelRun());
    }

    private void cancelRun() {
        if (task != null) {
            task.cancel();
        }
    }

    void show() {
        Window owner = context.scene().getWindow();
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        try {
            engine.setText("Engine: " + session.prepare().choice().describe() + " (set in the Preview tab)");
        } catch (IllegalArgumentException e) {
            engine.setText("Set the engine in the Preview tab first");
        }
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    /** Loads a JSONL file of questions in the background and offers them in the list. */
    void loadQuestions(Path file) {
        context.tasks().run("Read questions from " + file.getFileName(), work -> QuestionFile.read(file), loaded -> {
            questions.getItems().setAll(loaded);
            questions.getSelectionModel().selectFirst();
            showError(null);
        }, this::fail);
    }

    private void chooseFile() {
        context.files().open(stage, org.trajectorystudio.app.ui.FileDialogs.Request.open(
                "Questions (JSON lines with a \"question\" field)", null,
                org.trajectorystudio.app.ui.FileDialogs.Filter.of("JSON lines", "*.jsonl", "*.json"),
                org.trajectorystudio.app.ui.FileDialogs.Filter.ALL)).ifPresent(this::loadQuestions);
    }

    void plan() {
        if (task != null) {
            return;
        }
        String text = question.getText();
        PreviewSession.Prepared prepared;
        CompletionRequest request;
        try {
            prepared = session.prepare();
            request = PlanningPrompt.forQuestion(text, List.of(), prepared.sampling());
        } catch (IllegalArgumentException e) {
            fail("Plan: " + e.getMessage());
            return;
        }
        engine.setText("Engine: " + prepared.choice().describe());
        output.clear();
        speed.setText("");
        tree.setRoot(null);
        showError(null);
        run.setDisable(true);
        stop.setDisable(false);
        task = context.tasks().run("Plan a question", work -> {
            CompletionEngine loaded = session.engine(prepared, work.progress());
            work.report("Planning…");
            return loaded.complete(request, new CompletionStream((piece, live) -> {
                output.appendText(piece);
                speed.setText(live);
            }), work.cancel());
        }, result -> {
            done();
            show(text.strip(), result);
        }, failure -> {
            done();
            fail(failure);
        });
    }

    private void show(String asked, CompletionResult result) {
        output.setText(result.text());
        speed.setText(String.format(Locale.ROOT, "%d tokens · %.1f tokens/s", result.tokens(), result.tokensPerSecond()));
        ParsedCompletion parsed = CompletionParser.parse(result.text());
        tree.show(CompletionOutline.planning(parsed, asked));
        tree.setId("plan-tree");
        tree.expandAll();
        context.notifier().info("Planned: " + (parsed.thought() == null ? "no analysis" : "analysis")
                + (parsed.action() == null ? ", no first action" : " and first action"));
    }

    private void done() {
        task = null;
        run.setDisable(false);
        stop.setDisable(true);
    }

    private void fail(Throwable failure) {
        if (!PreviewErrors.expected(failure)) {
            context.notifier().unexpected("Plan a question", failure);
        }
        fail(PreviewErrors.line(failure));
    }

    private void fail(String line) {
        showError(line);
        context.notifier().problem(line);
    }

    private void showError(String line) {
        error.setText(line == null ? "" : line);
        error.setVisible(line != null);
        error.setManaged(line != null);
    }
}
