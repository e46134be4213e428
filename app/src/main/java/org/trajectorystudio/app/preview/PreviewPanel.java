package org.trajectorystudio.app.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.trajectorystudio.app.trajectory.TrajectoryTreeView;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.app.ui.task.TaskHandle;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.CompletionRequest;
import org.trajectorystudio.inference.engine.CompletionResult;
import org.trajectorystudio.inference.engine.CompletionResult.FinishReason;
import org.trajectorystudio.inference.engine.PreviewPrompt;
import org.trajectorystudio.model.preview.CompletionParser;
import org.trajectorystudio.model.preview.ParsedCompletion;
import org.trajectorystudio.model.preview.StepCandidates;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.Sample;

/**
 * The "Preview" inspector tab: what would the model do at the selected step? Streams the completion for the context
 * before that step, shows its speed and what it parses into, and adds it (or N fresh ones) to the step's HAS
 * candidates as a new revision. One run at a time; Stop cancels it.
 */
final class PreviewPanel {
    private static final long MAX_BASE_SEED = 1L << 31;

    private final WindowContext context;
    private final PreviewSession session;
    private final VBox view;
    private final Label target = new Label();
    private final Button run = button("Preview", "preview-run", Material2MZ.PLAY_ARROW);
    private final Button stop = button("Stop", "preview-stop", Material2MZ.STOP);
    private final Button add = button("Add as candidate", "preview-add", Material2AL.ADD);
    private final Spinner<Integer> count = new Spinner<>(1, 32, 3);
    private final Button generate = button("Generate N candidates", "preview-generate", Material2AL.LIBRARY_ADD);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label error = new Label();
    private final Label speed = new Label();
    private final Label problems = new Label();
    private final TextArea output = new TextArea();
    private final TrajectoryTreeView tree = new TrajectoryTreeView();

    private TaskHandle task;
    /** The last previewed completion and where it belongs, for "Add as candidate"; null when there is none. */
    private Previewed last;

    private record Previewed(String sampleId, int step, ParsedCompletion parsed) {}

    /** What "Generate N" ended with. */
    private record Generated(List<Candidate> found, int withoutAction, boolean cancelled) {}

    private final java.util.function.Supplier<org.trajectorystudio.app.curation.CurationActions> curation;

    PreviewPanel(WindowContext context, PreviewSession session,
                 java.util.function.Supplier<org.trajectorystudio.app.curation.CurationActions> curation) {
        this.context = context;
        this.session = session;
        this.curation = curation;
        target.setId("preview-target");
        target.setWrapText(true);
        target.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its lines, not "the model sees the …"
        count.setId("preview-n");
        count.setPrefWidth(72);
        count.setTooltip(new Tooltip("N: how many candidates to generate, with seeds seed, seed+1, …"));
        progress.setId("preview-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty()); // a row of its own only while generating
        error.setId("preview-error");
        error.getStyleClass().add("preview-error");
        error.setWrapText(true);
        showError(null);
        speed.setId("preview-speed");
        problems.setId("preview-problems");
        problems.getStyleClass().add("preview-problems");
        problems.setWrapText(true);
        output.setId("preview-output");
        output.setEditable(false);
        output.setWrapText(true);
        output.setPromptText("Select a step and press Preview (P): the model sees everything before it.");
        tree.setId("preview-tree");
        tree.setPrefHeight(150);
        tree.setMinHeight(80);
        run.setTooltip(new Tooltip("Preview the selected step (P)"));
        run.setDefaultButton(false);
        run.setOnAction(event -> preview());
        stop.setOnAction(event -> stop());
        add.setOnAction(event -> addAsCandidate());
        generate.setOnAction(event -> generate());

        // A flow: in the narrow dock "Add as candidate" goes to the next line instead of losing its words.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, run, stop, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        // N keeps its width (in the narrow dock it was squeezed to its arrows); the button wraps below if need be.
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane expand = new javafx.scene.layout.FlowPane(6, 6, count, generate);
        expand.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(output, Priority.ALWAYS);
        view = new VBox(6, session.form().view(), target, actions, expand, progress, error, speed, output, problems, tree);
        view.setId("preview-panel");
        view.setPadding(new Insets(6));
        view.getStyleClass().add("preview-panel");

        session.form().engineChoice().addListener((obs, old, now) -> showError(null));
        context.selection().sampleProperty().addListener((obs, old, shown) -> showTarget());
        context.selection().nodeProperty().addListener((obs, old, node) -> showTarget());
        context.tasks().running().addListener((ListChangeListener<TaskHandle>) change -> {
            if (task != null && !context.tasks().running().contains(task)) {
                finished();
            }
        });
        showTarget();
        showIdle();
    }

    VBox view() {
        return view;
    }

    // ------------------------------------------------------------------ preview

    /** Streams the completion for the selected step (or, with no step selected, for the step after the last). */
    void preview() {
        if (task != null) {
            return;
        }
        Sample sample = context.selection().sample();
        if (sample == null) {
            fail("Preview: select a sample first");
            return;
        }
        int step = targetStep(sample);
        PreviewSession.Prepared prepared;
        CompletionRequest request;
        try {
            prepared = session.prepare();
            request = PreviewPrompt.forStep(sample, step, prepared.sampling());
        } catch (IllegalArgumentException e) {
            fail("Preview: " + e.getMessage());
            return;
        }
        clearResult();
        String title = "Preview step " + (step + 1) + " with " + prepared.choice().describe();
        start(false, context.tasks().run(title, work -> {
            CompletionEngine engine = session.engine(prepared, work.progress());
            work.report("Generating step " + (step + 1) + "…");
            return engine.complete(request, new CompletionStream(this::append), work.cancel());
        }, result -> showResult(sample.id(), sample.steps().size(), step, result), this::fail));
    }

    private void showResult(String sampleId, int steps, int step, CompletionResult result) {
        output.setText(result.text());
        output.positionCaret(result.text().length());
        speed.setText(String.format(Locale.ROOT, "%d tokens · %.1f tokens/s", result.tokens(), result.tokensPerSecond())
                + ending(result.finishReason()));
        ParsedCompletion parsed = CompletionParser.parse(result.text());
        showParsed(parsed);
        last = step < steps && parsed.action() != null ? new Previewed(sampleId, step, parsed) : null;
        showIdle();
        context.notifier().info("Preview of step " + (step + 1) + ": " + speed.getText());
    }

    private void showParsed(ParsedCompletion parsed) {
        tree.show(CompletionOutline.of(parsed));
        tree.setId("preview-tree");
        problems.setText(parsed.problems().isEmpty() ? "" : "⚠ " + String.join("; ", parsed.problems()));
    }

    private static String ending(FinishReason reason) {
        return switch (reason) {
            case STOP -> "";
            case LENGTH -> " · token limit";
            case CANCELLED -> " · stopped";
        };
    }

    // ------------------------------------------------------------------ candidates

    /** Puts the last preview into its step's candidates, as a new revision of the sample. */
    void addAsCandidate() {
        Previewed previewed = last;
        if (previewed == null || task != null) {
            return;
        }
        Candidate candidate = previewed.parsed().toCandidate().orElseThrow();
        last = null;
        showIdle();
        addCandidates(previewed.sampleId(), previewed.step(), List.of(candidate),
                size -> context.notifier().info("Step " + (previewed.step() + 1) + " now has " + size + " candidates"));
    }

    /**
     * Adds the candidates to the step of the sample's latest revision as a new revision, through the window's curation
     * actions: in turn with every other write (revision numbers never collide), in the undo history, and kept when an
     * earlier edit is undone. {@code onDone} gets the step's candidate count.
     */
    private void addCandidates(String sampleId, int step, List<Candidate> candidates, java.util.function.IntConsumer onDone) {
        String what = "add " + (candidates.size() == 1 ? "a candidate" : candidates.size() + " candidates") + " to step " + (step + 1);
        curation.get().execute("Adding candidates", c -> {
            Sample latest = c.latest(sampleId);
            return new org.trajectorystudio.app.curation.CurationCommand.Revise(sampleId, latest,
                    StepCandidates.add(latest, step, candidates), what);
        }, command -> onDone.accept(((org.trajectorystudio.app.curation.CurationCommand.Revise) command).after()
                .steps().get(step).candidates().size()), failure -> {});
    }

    /** Runs N completions with seeds seed, seed+1, … and adds every one that has an action, in one revision. */
    void generate() {
        if (task != null) {
            return;
        }
        Sample sample = context.selection().sample();
        if (sample == null) {
            fail("Generate: select a sample first");
            return;
        }
        int step = targetStep(sample);
        if (step >= sample.steps().size()) {
            fail("Generate: select a step of the sample in the tree");
            return;
        }
        int n = count.getValue();
        PreviewSession.Prepared prepared;
        CompletionRequest request;
        try {
            prepared = session.prepare();
            request = PreviewPrompt.forStep(sample, step, prepared.sampling());
        } catch (IllegalArgumentException e) {
            fail("Generate: " + e.getMessage());
            return;
        }
        long base = prepared.sampling().seed() != null ? prepared.sampling().seed() : ThreadLocalRandom.current().nextLong(MAX_BASE_SEED);
        clearResult();
        String id = sample.id();
        start(true, context.tasks().run("Generate " + n + " candidates for step " + (step + 1), work -> {
            CompletionEngine engine = session.engine(prepared, work.progress());
            List<Candidate> found = new ArrayList<>();
            int withoutAction = 0;
            for (int i = 0; i < n; i++) {
                long seed = base + i;
                work.report(new Progress(i, n, "candidates", "Candidate " + (i + 1) + " of " + n + " (seed " + seed + ")"));
                String header = (i == 0 ? "" : "\n\n") + "── candidate " + (i + 1) + " · seed " + seed + " ──\n";
                Platform.runLater(() -> output.appendText(header));
                CompletionResult result = engine.complete(request.withSampling(request.sampling().withSeed(seed)),
                        new CompletionStream(this::append), work.cancel());
                if (result.finishReason() == FinishReason.CANCELLED || work.isCancelled()) {
                    return new Generated(List.of(), withoutAction, true);
                }
                var candidate = CompletionParser.parse(result.text()).toCandidate();
                if (candidate.isPresent()) {
                    found.add(candidate.get());
                } else {
                    withoutAction++;
                }
            }
            return new Generated(found, withoutAction, false);
        }, generated -> showGenerated(id, step, generated), this::fail));
    }

    private void showGenerated(String sampleId, int step, Generated generated) {
        String skipped = generated.withoutAction() == 0 ? "" : " (" + generated.withoutAction() + " without an action skipped)";
        if (generated.cancelled()) {
            context.notifier().info("Generation cancelled: nothing added to step " + (step + 1));
        } else if (generated.found().isEmpty()) {
            fail("Generate: no completion had an action, nothing added" + skipped);
            return;
        } else {
            addCandidates(sampleId, step, generated.found(), size -> context.notifier().info("Added " + generated.found().size()
                    + " candidates to step " + (step + 1) + ", now " + size + skipped));
        }
        showIdle();
    }

    // ------------------------------------------------------------------ state

    private void start(boolean generating, TaskHandle handle) {
        task = handle;
        run.setDisable(true);
        generate.setDisable(true);
        add.setDisable(true);
        stop.setDisable(false);
        stop.setText(generating ? "Cancel" : "Stop");
        if (generating) {
            progress.progressProperty().bind(handle.progressProperty());
            progress.setVisible(true);
        }
    }

    /** Stops the running completion; a preview keeps the text so far, a generation adds nothing. */
    void stop() {
        if (task != null) {
            task.cancel();
        }
    }

    private void finished() {
        task = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        showIdle();
    }

    private void showIdle() {
        boolean busy = task != null;
        run.setDisable(busy);
        generate.setDisable(busy);
        stop.setDisable(!busy);
        stop.setText("Stop");
        add.setDisable(busy || last == null);
    }

    private void clearResult() {
        output.clear();
        speed.setText("");
        problems.setText("");
        showError(null);
        tree.setRoot(null);
        last = null;
    }

    private void append(String text, String liveSpeed) {
        output.appendText(text);
        speed.setText(liveSpeed);
    }

    private void fail(Throwable failure) {
        if (!PreviewErrors.expected(failure)) {
            context.notifier().unexpected("Preview", failure);
            showError(PreviewErrors.line(failure));
            return;
        }
        fail(PreviewErrors.line(failure));
    }

    private void fail(String line) {
        showError(line);
        context.notifier().problem(line);
        showIdle();
    }

    private void showError(String line) {
        error.setText(line == null ? "" : line);
        error.setVisible(line != null);
        error.setManaged(line != null);
    }

    // ------------------------------------------------------------------ target

    /** The step to preview: the selected one (0-based), else the step after the last. */
    private int targetStep(Sample sample) {
        int step = context.selection().node().step();
        return step >= 0 && step < sample.steps().size() ? step : sample.steps().size();
    }

    private void showTarget() {
        Sample sample = context.selection().sample();
        if (sample == null) {
            target.setText("No sample selected");
            return;
        }
        int step = targetStep(sample);
        int steps = sample.steps().size();
        target.setText(step < steps
                ? "Step " + (step + 1) + " of " + steps + ": the model sees the question and " + step + (step == 1 ? " earlier step" : " earlier steps")
                : "After the last step (" + steps + "): select a step in the tree to preview or expand it");
    }

    private static Button button(String text, String id, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
