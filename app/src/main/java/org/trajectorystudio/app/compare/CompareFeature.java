package org.trajectorystudio.app.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.trajectorystudio.app.curation.CurationActions;
import org.trajectorystudio.app.curation.CurationCommand;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.app.ui.Dialogs;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.model.compare.CandidateOptions;
import org.trajectorystudio.model.edit.SampleEdits;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * Side-by-side comparison in the studio window: C (or Tools → Compare) on two selected rows, Tools → "Compare with
 * revision…" and "Compare with same question…" for the shown sample, a "Same question" inspector tab listing the
 * other trajectories for the shown sample's question, Tools → "Compare candidates of this step…" (Shift+C) on a HAS
 * decision step, and Tools → "Export preference pairs…".
 */
public final class CompareFeature implements StudioFeature {
    private final Supplier<CurationActions> curation;
    private WindowContext context;
    // Controls are made in install(), on the FX thread, so that the feature itself can be created anywhere.
    private ListView<SampleSummary> sameQuestion;
    private Label sameQuestionStatus;
    private long generation;
    private CompareView lastOpened;
    private CandidateCompareView lastCandidates;

    /** Without the window's curation: a candidate comparison cannot promote an option; preferences get own actions. */
    public CompareFeature() {
        this(() -> null);
    }

    private CurationActions own;

    /** The window's curation actions, or (without them) this feature's own, made on first use. */
    private CurationActions writer() {
        CurationActions window = curation.get();
        if (window != null) {
            return window;
        }
        if (own == null) {
            own = new CurationActions(context.library().curation(), context.tasks(), context.notifier(), id -> context.refreshSample());
        }
        return own;
    }

    /**
     * @param curation the window's curation actions (asked for when an option is promoted), so that the promotion is a
     *     revision in the same undo history as every other edit
     */
    public CompareFeature(Supplier<CurationActions> curation) {
        this.curation = curation;
    }

    @Override
    public void install(WindowContext windowContext) {
        this.context = windowContext;
        this.sameQuestion = new ListView<>();
        this.sameQuestionStatus = new Label();
        MenuItem compare = item("Compare selected samples  (C)", "menu-compare", this::compareSelected);
        MenuItem revision = item("Compare with revision…", "menu-compare-revision", this::compareWithRevision);
        MenuItem question = item("Compare with same question…", "menu-compare-same-question", this::compareWithSameQuestion);
        MenuItem candidates = item("Compare candidates of this step…  (Shift+C)", "menu-compare-candidates", this::compareCandidates);
        candidates.disableProperty().bind(Bindings.createBooleanBinding(() -> candidateStep() < 0,
                context.selection().sampleProperty(), context.selection().nodeProperty()));
        MenuItem export = item("Export preference pairs…", "menu-export-preferences", this::exportPreferences);
        context.menu("Tools").getItems().addAll(compare, revision, question, candidates, new SeparatorMenuItem(), export);
        context.onKey("c", this::compareSelected);
        context.onKey("C", this::compareCandidates);
        context.describeShortcut("C", "compare the two selected samples side by side");
        context.describeShortcut("Shift+C", "compare the candidate actions of the selected HAS step side by side");
        context.describeShortcut("] / [  or  Ctrl+↓ / Ctrl+↑", "next / previous difference (compare view)");
        context.addInspectorTab(sameQuestionTab());
        context.selection().sampleProperty().addListener((obs, old, sample) -> refreshSameQuestion(sample));
    }

    /** The compare view opened last (for tests and for a second look). */
    public CompareView lastOpened() {
        return lastOpened;
    }

    /** The candidate comparison opened last (for tests). */
    public CandidateCompareView lastCandidates() {
        return lastCandidates;
    }

    /**
     * Opens a window comparing two candidate actions of a HAS step of the sample's latest revision: the chosen one
     * and {@code selected} (or, when that is -1 or the chosen one, the first other).
     */
    public CandidateCompareView openCandidates(String sampleId, int step, int selected) {
        CurationActions actions = curation.get();
        CandidateCompareView view = new CandidateCompareView(context.library(), context.tasks(), context.notifier(), context.dialogs(),
                actions == null ? null : new CandidateCompareView.Promoter() {
                    @Override
                    public void promote(String id, int at, int candidate, Runnable onDone, java.util.function.Consumer<Throwable> onFailure) {
                        CompareFeature.promote(actions, id, at, candidate, onDone, onFailure);
                    }

                    @Override
                    public void prefer(String id, int at, int chosen, int rejected, Runnable onDone,
                            java.util.function.Consumer<Throwable> onFailure) {
                        actions.write("Saving preference", c -> c.preferStep(new RevisionRef(id, null), at + 1, chosen + 1,
                                rejected + 1, ""), event -> onDone.run(), onFailure);
                    }
                },
                sampleId, step);
        Stage stage = CompareWindow.open(context.scene().getWindow(), view, sampleId, step);
        // An edit, undo or redo of this sample elsewhere in the window shows here too.
        ChangeListener<Sample> changed = (obs, old, sample) -> {
            if (sample != null && sample.id().equals(sampleId)) {
                view.reload();
            }
        };
        context.selection().sampleProperty().addListener(changed);
        stage.setOnHidden(event -> context.selection().sampleProperty().removeListener(changed));
        view.load(selected);
        lastCandidates = view;
        return view;
    }

    /** Opens a compare window on two revisions (null revision = latest). */
    public CompareView open(RevisionRef left, RevisionRef right) {
        lastOpened = CompareWindow.open(context.scene().getWindow(), context.library(), context.tasks(), context.notifier(),
                writer(), left, right);
        return lastOpened;
    }

    private void compareSelected() {
        List<String> ids = List.copyOf(context.selection().selectedIds());
        if (ids.size() != 2) {
            context.notifier().problem("Select two samples to compare (Ctrl+click a second row); " + ids.size() + " selected");
            return;
        }
        open(RevisionRef.latest(ids.get(0)), RevisionRef.latest(ids.get(1)));
    }

    /** Shift+C, Tools → "Compare candidates of this step…": on a HAS step, one of its options or anything inside them. */
    private void compareCandidates() {
        Sample shown = context.selection().sample();
        NodeRef node = context.selection().node();
        if (shown == null) {
            context.notifier().problem("Select a HAS sample first");
            return;
        }
        try {
            CandidateOptions.of(shown, node.step());
        } catch (IllegalArgumentException e) {
            context.notifier().problem("Cannot compare candidates: " + e.getMessage()
                    + (node.step() < 0 ? "; select a HAS step or one of its options in the tree" : ""));
            return;
        }
        openCandidates(shown.id(), node.step(), node.candidate());
    }

    /** The step whose candidates Shift+C would compare, or -1 when the selection is not in a HAS step with options. */
    private int candidateStep() {
        Sample shown = context.selection().sample();
        int step = context.selection().node().step();
        return shown != null && step >= 0 && step < shown.steps().size() && shown.steps().get(step).candidates().size() > 1 ? step : -1;
    }

    /** The promotion as a curation edit of the latest revision, the same command the Curate tab's "Make chosen" runs. */
    private static void promote(CurationActions actions, String sampleId, int step, int candidate, Runnable onDone,
            java.util.function.Consumer<Throwable> onFailure) {
        actions.execute("Saving revision", c -> {
            Sample latest = c.latest(sampleId);
            return new CurationCommand.Revise(sampleId, latest, SampleEdits.promote(latest, step, candidate),
                    "make option " + (candidate + 1) + " chosen");
        }, command -> onDone.run(), onFailure);
    }

    /** An earlier revision on the left, the latest on the right: what the edits changed. */
    private void compareWithRevision() {
        String id = context.selection().sampleId();
        if (id == null) {
            context.notifier().problem("Select a sample first");
            return;
        }
        context.tasks().run("Reading revisions", progress -> CompareSources.latestRevision(context.library(), id), latest -> {
            if (latest == 0) {
                context.notifier().problem(id + " has no revisions: it is as imported");
                return;
            }
            List<Integer> earlier = IntStream.range(0, latest).boxed().toList();
            context.dialogs().chooseOne(context.scene().getWindow(), new Dialogs.Question("Compare with revision",
                            "Compare " + id + " (revision " + latest + ") with an earlier revision (0 = as imported)", "Revision:"),
                    earlier, earlier.getLast()).ifPresent(revision -> open(new RevisionRef(id, revision), new RevisionRef(id, latest)));
        }, failure -> context.notifier().unexpected("Reading revisions", failure));
    }

    private void compareWithSameQuestion() {
        Sample shown = context.selection().sample();
        if (shown == null) {
            context.notifier().problem("Select a sample first");
            return;
        }
        context.tasks().run("Finding the same question", progress -> SameQuestion.find(context.library(), shown.id(), shown.question()), others -> {
            if (others.isEmpty()) {
                context.notifier().info("No other trajectory in the library answers this question");
                return;
            }
            List<String> ids = others.stream().map(SampleSummary::id).toList();
            context.dialogs().chooseOne(context.scene().getWindow(), new Dialogs.Question("Compare with same question",
                            Plural.of(others.size(), "other trajectory answers", "other trajectories answer") + ": "
                                    + shorten(shown.question()), "Sample:"),
                    ids, ids.getFirst()).ifPresent(other -> open(RevisionRef.latest(shown.id()), RevisionRef.latest(other)));
        }, failure -> context.notifier().unexpected("Finding the same question", failure));
    }

    private void exportPreferences() {
        context.files().save(context.scene().getWindow(), org.trajectorystudio.app.ui.FileDialogs.Request.save(
                "Export preference pairs", null, "preferences.jsonl", org.trajectorystudio.app.ui.FileDialogs.Filter.JSONL))
                .ifPresent(this::exportPreferences);
    }

    /** Writes the preference pairs in the background and reports the counts on the status line. */
    public void exportPreferences(Path out) {
        context.tasks().run("Exporting preference pairs", progress -> new PreferenceExport().write(context.library(), out),
                result -> context.notifier().info("Exported " + Plural.of(result.exported(), "preference pair") + " and "
                        + Plural.of(result.stepPairs(), "step-level DPO row") + " to " + result.out().getFileName() + " (skipped "
                        + Plural.of(result.ties(), "tie") + ", " + Plural.of(result.differentQuestions(), "pair")
                        + " with different questions)"),
                failure -> context.notifier().problem("Cannot export preference pairs: " + failure.getMessage()));
    }

    private Tab sameQuestionTab() {
        sameQuestion.setId("same-question-list");
        // The inspector is narrow: the placeholder wraps inside the list instead of running past its edges.
        Label none = new Label("No other trajectory for this question");
        none.setWrapText(true);
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        none.maxWidthProperty().bind(sameQuestion.widthProperty().subtract(24));
        sameQuestion.setPlaceholder(none);
        sameQuestion.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SampleSummary row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.id() + " · " + row.kind().wireName() + " · "
                        + Plural.of(row.steps(), "step") + " · " + row.judgment().wireName());
                setPrefWidth(0); // shortened rather than scrolled sideways in the narrow pane
            }
        });
        sameQuestion.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                compareWithListed();
            }
        });
        sameQuestion.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                compareWithListed();
            }
        });
        Button compare = new Button("Compare side by side");
        compare.setId("same-question-compare");
        compare.disableProperty().bind(sameQuestion.getSelectionModel().selectedItemProperty().isNull());
        compare.setOnAction(event -> compareWithListed());
        sameQuestionStatus.setId("same-question-status");
        sameQuestionStatus.getStyleClass().add("muted");
        sameQuestionStatus.setWrapText(true);
        VBox box = new VBox(6, sameQuestionStatus, sameQuestion, compare);
        box.setPadding(new javafx.geometry.Insets(6));
        VBox.setVgrow(sameQuestion, Priority.ALWAYS);
        Tab tab = new Tab("Same question", box);
        tab.setId("same-question-tab");
        return tab;
    }

    private void compareWithListed() {
        SampleSummary other = sameQuestion.getSelectionModel().getSelectedItem();
        String shown = context.selection().sampleId();
        if (other != null && shown != null) {
            open(RevisionRef.latest(shown), RevisionRef.latest(other.id()));
        }
    }

    private void refreshSameQuestion(Sample sample) {
        long mine = ++generation;
        sameQuestion.getItems().clear();
        if (sample == null) {
            sameQuestionStatus.setText("");
            return;
        }
        sameQuestionStatus.setText("Looking for other trajectories…");
        context.tasks().run("Finding the same question", progress -> SameQuestion.find(context.library(), sample.id(), sample.question()), others -> {
            if (mine == generation) {
                sameQuestion.getItems().setAll(others);
                sameQuestionStatus.setText(others.isEmpty() ? "No other trajectory answers this question."
                        : Plural.of(others.size(), "other trajectory answers",
                                "other trajectories answer") + " this question.");
            }
        }, failure -> {
            if (mine == generation) {
                sameQuestionStatus.setText("Cannot search: " + failure.getMessage());
            }
        });
    }

    private MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static String shorten(String text) {
        return org.trajectorystudio.app.ui.OneLine.of(text, 88);
    }
}
