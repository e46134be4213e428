package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.trajectorystudio.app.ui.OneLine;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.curation.PreferenceOutcome;
import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * Two trajectories side by side, aligned step by step: one list row per aligned pair (so both sides scroll together
 * and stay level), changed words marked, per-step similarity, approximate tokens per side and their difference; a
 * choice of what to put on the right (a revision, another trajectory of the same question); and the curator's
 * pairwise preference with a reason. Everything that reads the library runs through {@link Tasks}.
 */
public final class CompareView extends BorderPane {
    /** What the right side may show instead. */
    public record Choice(String label, RevisionRef ref) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Library library;
    private final Tasks tasks;
    private final org.trajectorystudio.app.curation.CurationActions curation;
    private final Notifier notifier;
    private final ListView<CompareRow> rows = new ListView<>();
    private final Label leftTitle = new Label();
    private final Label summary = new Label("Aligning…");
    private final Label tokens = new Label();
    /** The question of each side (one label across both when they ask the same): the rows show only the steps. */
    private final Label leftQuestion = new Label();
    private final Label rightQuestion = new Label();
    private final ComboBox<Choice> rightChoice = new ComboBox<>();
    private final TextField reason = new TextField();
    private final Label preferenceStatus = new Label();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private long generation;
    private boolean choosing;

    /** @param curation the window's curation actions: the one way the window writes the curation log */
    public CompareView(Library library, Tasks tasks, Notifier notifier, org.trajectorystudio.app.curation.CurationActions curation) {
        this.library = library;
        this.tasks = tasks;
        this.notifier = notifier;
        this.curation = curation;
        setId("compare-view");
        getStyleClass().add("compare-view");

        leftTitle.setId("compare-left-title");
        leftTitle.getStyleClass().add("pane-title");
        rightChoice.setId("compare-right-choice");
        rightChoice.setTooltip(new Tooltip("Compare with a revision or another trajectory of the same question"));
        rightChoice.setMaxWidth(520);
        rightChoice.valueProperty().addListener((obs, old, choice) -> {
            if (!choosing && choice != null && current() != null && !choice.ref().equals(current().right().ref())) {
                load(current().left().ref(), choice.ref());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label against = new Label("against");
        against.getStyleClass().add("muted");
        HBox sides = new HBox(10, leftTitle, spacer, against, rightChoice);
        sides.setAlignment(Pos.CENTER_LEFT);
        summary.setId("compare-summary");
        tokens.setId("compare-tokens");
        tokens.getStyleClass().add("compare-tokens");
        Button previous = iconButton(Material2AL.ARROW_UPWARD, "Previous difference  ([ or Ctrl+↑)", "diff-previous");
        previous.setOnAction(event -> jumpToDifference(-1));
        Button next = iconButton(Material2AL.ARROW_DOWNWARD, "Next difference  (] or Ctrl+↓)", "diff-next");
        next.setOnAction(event -> jumpToDifference(1));
        // The counts flow onto a second line when the window is narrow; the difference buttons keep the right edge.
        FlowPane counts = new FlowPane(14, 4, summary, tokens);
        counts.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(counts, Priority.ALWAYS);
        HBox facts = new HBox(14, counts, previous, next);
        facts.setAlignment(Pos.CENTER_LEFT);
        HBox questions = new HBox(12, question(leftQuestion, "compare-left-question"),
                question(rightQuestion, "compare-right-question"));
        VBox top = new VBox(6, sides, questions, facts);
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("compare-header");
        setTop(top);

        rows.setId("compare-rows");
        rows.setCellFactory(list -> new RowCell());
        rows.setPlaceholder(new Label("Loading…"));
        setCenter(rows);

        Button left = preferButton("Left is better", "prefer-left", Material2AL.ARROW_BACK, PreferenceOutcome.LEFT);
        Button tie = preferButton("Tie", "prefer-tie", Material2AL.DRAG_HANDLE, PreferenceOutcome.TIE);
        Button right = preferButton("Right is better", "prefer-right", Material2AL.ARROW_FORWARD, PreferenceOutcome.RIGHT);
        reason.setId("prefer-reason");
        reason.setPromptText("Why? (stored with the preference)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMinWidth(160);
        preferenceStatus.setId("prefer-status");
        preferenceStatus.getStyleClass().add("muted");
        preferenceStatus.setWrapText(true);
        HBox.setHgrow(preferenceStatus, javafx.scene.layout.Priority.ALWAYS);
        HBox bottom = new HBox(8, left, tie, right, reason, preferenceStatus);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 10, 8, 10));
        bottom.getStyleClass().add("compare-footer");
        setBottom(bottom);
    }

    /** The comparison shown, or null while the first one loads. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Comparison current() {
        return comparison.get();
    }

    public ListView<CompareRow> rows() {
        return rows;
    }

    /** Loads and aligns two trajectories off the FX thread; a newer load makes an older one's result be dropped. */
    public void load(RevisionRef left, RevisionRef right) {
        long mine = ++generation;
        summary.setText("Aligning…");
        record Loaded(Comparison comparison, List<Choice> choices) {}
        tasks.run("Comparing trajectories", progress -> {
            Comparison.Side leftSide = CompareSources.load(library, left);
            Comparison.Side rightSide = CompareSources.load(library, right);
            Comparison built = Comparison.of(leftSide, rightSide);
            return new Loaded(built, choices(leftSide, rightSide));
        }, loaded -> {
            if (mine == generation) {
                show(loaded.comparison(), loaded.choices());
            }
        }, failure -> {
            summary.setText("Cannot compare: " + failure.getMessage());
            notifier.problem("Cannot compare: " + failure.getMessage());
        });
    }

    /** Selects the next (+1) or previous (−1) row that differs, wrapping around, and scrolls to it. */
    public void jumpToDifference(int direction) {
        Comparison shown = current();
        if (shown == null) {
            return;
        }
        List<Integer> differing = shown.differingRows();
        if (differing.isEmpty()) {
            summary.setText(summaryText(shown) + " · no differences");
            return;
        }
        int at = rows.getSelectionModel().getSelectedIndex();
        int target = direction > 0
                ? differing.stream().filter(i -> i > at).findFirst().orElse(differing.getFirst())
                : differing.reversed().stream().filter(i -> i < at).findFirst().orElse(differing.getLast());
        rows.getSelectionModel().clearAndSelect(target);
        reveal(target);
    }

    /**
     * Scrolls until the row is in view. The rows differ much in height and the flow only estimates the heights of
     * rows it has not laid out: ListView.scrollTo (row at the top) flipped back to the first row when called again on
     * the last rows, and one VirtualFlow.scrollTo can stop short. So: scroll, and after each layout pass look again.
     */
    private void reveal(int index) {
        if (!(rows.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            rows.scrollTo(index);
            return;
        }
        flow.scrollTo(index);
        revealAfterLayout(flow, index, 4);
    }

    private void revealAfterLayout(VirtualFlow<?> flow, int index, int tries) {
        javafx.application.Platform.runLater(() -> {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            boolean shown = first != null && last != null && first.getIndex() <= index && index <= last.getIndex();
            if (!shown && tries > 0 && rows.getSelectionModel().getSelectedIndex() == index) {
                flow.scrollTo(index);
                revealAfterLayout(flow, index, tries - 1);
            }
        });
    }

    /** Stores the curator's preference for the pair shown, with the reason typed. */
    public void prefer(PreferenceOutcome outcome) {
        Comparison shown = current();
        if (shown == null) {
            return;
        }
        String why = reason.getText();
        curation.write("Storing preference",
                log -> log.prefer(shown.left().ref(), shown.right().ref(), outcome, why),
                event -> {
                    preferenceStatus.setText("Stored: " + describe(outcome) + " (by " + event.annotator() + ")");
                    notifier.info("Preference stored: " + describe(outcome));
                },
                failure -> {
                    preferenceStatus.setText("Not stored: " + failure.getMessage());
                    notifier.problem("Cannot store the preference: " + failure.getMessage());
                });
    }

    private void show(Comparison shown, List<Choice> choices) {
        comparison.set(shown);
        leftTitle.setText(label(shown.left().ref()) + "  ·  " + Plural.of(shown.left().sample().steps().size(), "step"));
        choosing = true;
        rightChoice.getItems().setAll(choices);
        rightChoice.getItems().stream().filter(choice -> choice.ref().equals(shown.right().ref())).findFirst()
                .ifPresent(rightChoice::setValue);
        choosing = false;
        summary.setText(summaryText(shown));
        tokens.setText(DiffText.tokens(shown.left().tokens(), shown.right().tokens()));
        // Said before the click: such a pair is stored, but a preference pair needs one prompt, so the export skips it.
        boolean sameQuestion = org.trajectorystudio.model.compare.QuestionKey.of(shown.left().sample().question())
                .equals(org.trajectorystudio.model.compare.QuestionKey.of(shown.right().sample().question()));
        showQuestions(shown, sameQuestion);
        preferenceStatus.setText(sameQuestion ? "" : "Different questions: a preference is stored, but the preference "
                + "export skips pairs of different questions");
        preferenceStatus.getStyleClass().remove("warning-text");
        if (!sameQuestion) {
            preferenceStatus.getStyleClass().add("warning-text");
        }
        rows.getItems().setAll(shown.rows());
    }

    private static Label question(Label label, String id) {
        label.setId(id);
        label.getStyleClass().add("compare-question");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPrefWidth(0); // the two share the width evenly, over the two columns of the rows
        HBox.setHgrow(label, Priority.ALWAYS);
        return label;
    }

    private void showQuestions(Comparison shown, boolean sameQuestion) {
        String left = shown.left().sample().question();
        String right = shown.right().sample().question();
        leftQuestion.setText((sameQuestion ? "Question · " : "Left · ") + OneLine.of(left, 400));
        leftQuestion.setTooltip(new Tooltip(left));
        rightQuestion.setText(sameQuestion ? "" : "Right · " + OneLine.of(right, 400));
        rightQuestion.setTooltip(sameQuestion ? null : new Tooltip(right));
        rightQuestion.setVisible(!sameQuestion);
        rightQuestion.setManaged(!sameQuestion);
    }

    private static String summaryText(Comparison shown) {
        var alignment = shown.alignment();
        return String.format(Locale.ROOT, "%d paired · %d only left · %d only right · mean similarity %.2f · %s",
                alignment.matched(), alignment.leftOnly(), alignment.rightOnly(), alignment.meanSimilarity(),
                Plural.of(shown.differingRows().size(), "row differs", "rows differ"));
    }

    /** The right side's options: its current content, the left sample's other revisions, other samples of the question. */
    private List<Choice> choices(Comparison.Side left, Comparison.Side right) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(label(right.ref()), right.ref()));
        for (String id : left.ref().sampleId().equals(right.ref().sampleId())
                ? List.of(left.ref().sampleId()) : List.of(left.ref().sampleId(), right.ref().sampleId())) {
            int latest = CompareSources.latestRevision(library, id);
            for (int revision = 0; revision <= latest && latest > 0; revision++) {
                RevisionRef ref = new RevisionRef(id, revision);
                if (!ref.equals(left.ref()) && !ref.equals(right.ref())) {
                    choices.add(new Choice(label(ref), ref));
                }
            }
        }
        for (SampleSummary other : SameQuestion.find(library, left.ref().sampleId(), left.sample().question())) {
            if (!other.id().equals(right.ref().sampleId())) {
                choices.add(new Choice(other.id() + " (same question, " + Plural.of(other.steps(), "step") + ", " + other.kind().wireName() + ")",
                        new RevisionRef(other.id(), other.revision())));
            }
        }
        return choices;
    }

    private static String label(RevisionRef ref) {
        return ref.sampleId() + (ref.revision() == 0 ? " (original)" : " (revision " + ref.revision() + ")");
    }

    private static String describe(PreferenceOutcome outcome) {
        return switch (outcome) {
            case LEFT -> "left is better";
            case RIGHT -> "right is better";
            case TIE -> "tie";
        };
    }

    private Button preferButton(String text, String id, org.kordamp.ikonli.Ikon icon, PreferenceOutcome outcome) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> prefer(outcome));
        // Whole labels at any width: on a 1024-wide screen the reason field and the status squeezed them to "← …".
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon");
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
