package org.trajectorystudio.app.judge;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.trajectorystudio.app.curation.CurationActions;
import org.trajectorystudio.app.curation.CurationCommand;
import org.trajectorystudio.app.ui.Dialogs;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.EndpointSettings;
import org.trajectorystudio.inference.engine.EngineSettings;
import org.trajectorystudio.inference.engine.LlamaCppEngine;
import org.trajectorystudio.inference.engine.OpenAiCompatibleEngine;
import org.trajectorystudio.model.judge.Rubric;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.judge.Suggestions;

/**
 * The local judge in the window: Judge → Run on the listed samples… (a rubric and a model; runs in the background with
 * progress and Cancel, resumable), the Judge column beside Verdict, and {@code T} to take the judge's suggested verdict
 * as the curator's own (undoable like any verdict).
 */
public final class JudgeFeature implements StudioFeature {
    private final Supplier<CurationActions> actions;

    public JudgeFeature(Supplier<CurationActions> actions) {
        this.actions = actions;
    }

    @Override
    public void install(WindowContext context) {
        JudgeColumn column = new JudgeColumn(context);
        column.install();
        MenuItem run = new MenuItem("Run judge on the listed samples…");
        run.setId("menu-run-judge");
        run.setOnAction(event -> ask(context, column));
        MenuItem take = new MenuItem("Take the judge's verdict  (T)");
        take.setId("menu-take-judge");
        take.setOnAction(event -> take(context));
        context.menu("Judge").getItems().addAll(run, take);
        context.onKey("t", () -> take(context));
        context.onKey("T", () -> take(context));
        context.describeShortcut("T", "take the judge's suggested verdict as yours");
    }

    /** The judge's latest suggested verdict becomes the curator's verdict, through curation's undoable actions. */
    void take(WindowContext context) {
        String id = context.selection().sampleId();
        if (id == null) {
            return;
        }
        actions.get().execute("Verdict", curation -> {
            Suggestions.Suggestion suggestion = context.library().suggestions().latestVerdicts(List.of(id)).get(id);
            if (suggestion == null) {
                throw new IllegalStateException("no judge has suggested a verdict for this sample");
            }
            return new CurationCommand.SetVerdict(id, curation.state(id).verdict(), Verdict.fromWireName(suggestion.verdict()));
        });
    }

    /** Reads the library's rubrics off the FX thread, then asks. */
    private void ask(WindowContext context, JudgeColumn column) {
        context.tasks().run("Reading rubrics", progress -> SavedRubrics.all(context.library().settings()),
                rubrics -> ask(context, column, rubrics), failure -> context.notifier().unexpected("Reading rubrics", failure));
    }

    /**
     * The rubric (shipped or saved; its template editable, saved under its name when changed), the model and the
     * concurrency.
     */
    private void ask(WindowContext context, JudgeColumn column, List<Rubric> rubrics) {
        ChoiceBox<String> rubric = new ChoiceBox<>();
        rubric.setId("judge-rubric");
        rubrics.forEach(r -> rubric.getItems().add(r.name()));
        TextField name = new TextField();
        name.setId("judge-rubric-name");
        TextArea template = new TextArea();
        template.setId("judge-rubric-template");
        template.setPrefRowCount(10);
        template.setWrapText(true);
        rubric.valueProperty().addListener((obs, old, chosen) -> rubrics.stream().filter(r -> r.name().equals(chosen))
                .findFirst().ifPresent(r -> {
                    name.setText(r.name());
                    template.setText(r.template());
                }));
        rubric.getSelectionModel().selectFirst();
        TextField endpoint = new TextField("http://localhost:8000");
        endpoint.setId("judge-endpoint");
        TextField model = new TextField();
        model.setId("judge-model");
        model.setPromptText("model name on the server");
        TextField gguf = new TextField();
        gguf.setPromptText("or a .gguf file, run in process");
        Spinner<Integer> concurrency = new Spinner<>(1, 64, 4);
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, new Label("Rubric"), rubric);
        grid.addRow(1, new Label("Template"), template);
        grid.addRow(2, new Label("Save as"), name);
        grid.addRow(3, new Label("Server URL"), endpoint);
        grid.addRow(4, new Label("Model"), model);
        grid.addRow(5, new Label("GGUF"), gguf);
        grid.addRow(6, new Label("Concurrency"), concurrency);
        grid.add(new Label("Variables: " + Rubric.VARIABLES.stream().map(v -> "{{" + v + "}}").collect(Collectors.joining(" "))
                + " — a template naming {{options}} is asked per HAS step."), 1, 7);
        if (context.dialogs().form(context.scene().getWindow(), new Dialogs.Question("Run judge", null, ""), grid)) {
            Rubric edited;
            try {
                edited = new Rubric(name.getText().strip(), template.getText());
            } catch (IllegalArgumentException e) {
                context.notifier().problem("Judge: " + e.getMessage());
                return;
            }
            context.tasks().run("Saving rubric " + edited.name(), progress -> {
                SavedRubrics.save(context.library().settings(), edited);
                return edited;
            }, saved -> run(context, column, saved, endpoint.getText().strip(), model.getText().strip(), gguf.getText().strip(),
                    concurrency.getValue()), failure -> context.notifier().problem("Judge: " + failure.getMessage()));
        }
    }

    private void run(WindowContext context, JudgeColumn column, Rubric rubric, String url, String modelName, String ggufPath,
            int concurrency) {
        var query = context.browser().query();
        context.tasks().run("Judging with " + rubric.name(), task -> {
            boolean local = !ggufPath.isEmpty();
            String name = local ? java.nio.file.Path.of(ggufPath).getFileName().toString().replaceFirst("\\.gguf$", "") : modelName;
            try (CompletionEngine engine = local ? LlamaCppEngine.load(EngineSettings.cpu(java.nio.file.Path.of(ggufPath)))
                    : new OpenAiCompatibleEngine(EndpointSettings.of(url, modelName))) {
                List<String> ids = JudgeRun.select(context.library(), query, 100_000);
                return new JudgeRun(context.library(), engine, name, rubric).run(ids, concurrency, task.progress(), task.cancel());
            }
        }, outcome -> {
            column.reload();
            context.refreshAll();
            context.notifier().info(String.format(Locale.ROOT, "Judge: %d judged (%d unreadable), %d already done, %d failed%s",
                    outcome.judged(), outcome.unreadable(), outcome.skipped(), outcome.failed(),
                    outcome.firstFailure() == null ? "" : ": " + outcome.firstFailure()));
        }, failure -> context.notifier().problem("Judge: " + failure.getMessage()));
    }
}
