package org.trajectorystudio.app.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.trajectorystudio.app.ui.Dialogs;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.model.compare.CandidateOptions;
import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.library.Library;

/**
 * Two candidate actions of one HAS decision step side by side: a picker above each side (the chosen option on the
 * left at first), their thoughts and actions label by label with the differing words marked as in the trajectory
 * comparison, approximate tokens per side and the difference, and below, once, the step's real tool response, which
 * answered the action actually taken. "Prefer left/right" records a step-level preference (this option over that one,
 * at this step, by this annotator; exported as a DPO pair) and leaves the trajectory as it is; "Make … the action
 * taken" is an edit (a new revision that Undo takes back) after which this step's response and every later step are
 * marked as not executed. Everything that reads the library or diffs runs through {@link Tasks}.
 */
public final class CandidateCompareView extends BorderPane {

    /** What the comparison asks of the window's curation; every write goes through its curation actions. */
    public interface Promoter {
        /** Makes an option the chosen action, as a curation edit of the sample (a new revision, undoable). */
        void promote(String sampleId, int step, int candidate, Runnable onDone, Consumer<Throwable> onFailure);

        /** Records that option {@code chosen} is better than {@code rejected} at {@code step} (0-based); no edit. */
        void prefer(String sampleId, int step, int chosen, int rejected, Runnable onDone, Consumer<Throwable> onFailure);
    }

    private final Library library;
    private final Tasks tasks;
    private final Notifier notifier;
    private final Promoter promoter;
    private final String sampleId;
    private final int step;
    private final Label title = new Label();
    private final ComboBox<CandidateOptions.Option> leftPicker = picker("left-candidate");
    private final ComboBox<CandidateOptions.Option> rightPicker = picker("right-candidate");
    private final Label summary = new Label("Reading the options…");
    private final Label tokens = new Label();
    private final GridPane sides = new GridPane();
    private final Label observationTitle = new Label();
    private final TextArea observation = new TextArea();
    private final Button preferLeft = new Button("Prefer left", new FontIcon(Material2AL.ARROW_BACK));
    private final Button preferRight = new Button("Prefer right", new FontIcon(Material2AL.ARROW_FORWARD));
    private final Button promoteLeft = new Button("Make left the action taken…");
    private final Button promoteRight = new Button("Make right the action taken…");
    private final Label status = new Label();
    private final Dialogs dialogs;
    private final ReadOnlyObjectWrapper<CandidateComparison> comparison = new ReadOnlyObjectWrapper<>();
    private long generation;
    private boolean choosing;
    private boolean saving;

    /** @param promoter null when the window has no curation to save an edit with: the Prefer buttons stay off */
    public CandidateCompareView(Library library, Tasks tasks, Notifier notifier, Dialogs dialogs, Promoter promoter,
            String sampleId, int step) {
        this.library = library;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.notifier = notifier;
        this.promoter = promoter;
        this.sampleId = sampleId;
        this.step = step;
        setId("candidate-compare");
        getStyleClass().addAll("compare-view", "candidate-compare");

        title.setId("candidate-title");
        title.getStyleClass().add("pane-title");
        summary.setId("candidate-summary");
        tokens.setId("candidate-tokens");
        tokens.getStyleClass().add("compare-tokens");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox facts = new HBox(14, title, summary, spacer, tokens);
        facts.setAlignment(Pos.CENTER_LEFT);
        Button swap = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
        swap.setId("candidate-swap");
        swap.getStyleClass().addAll("flat", "button-icon");
        swap.setTooltip(new Tooltip("Swap the sides"));
        swap.setOnAction(event -> {
            CandidateComparison shown = current();
            if (shown != null) {
                choose(shown.pair().right(), shown.pair().left());
            }
        });
        GridPane pickers = twoColumns();
        pickers.add(leftPicker, 0, 0);
        pickers.add(swap, 1, 0);
        pickers.add(rightPicker, 2, 0);
        VBox top = new VBox(6, facts, pickers);
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("compare-header");
        setTop(top);

        sides.setId("candidate-sides");
        sides.getStyleClass().add("compare-grid");
        sides.getColumnConstraints().setAll(twoColumns().getColumnConstraints());
        sides.setPadding(new Insets(6, 10, 6, 10));
        sides.setVgap(6);
        ScrollPane scroll = new ScrollPane(sides);
        scroll.setId("candidate-scroll");
        scroll.setFitToWidth(true);
        observationTitle.setId("candidate-observation-title");
        observationTitle.getStyleClass().add("compare-field-label");
        observation.setId("candidate-observation");
        observation.setEditable(false);
        observation.setWrapText(true);
        observation.getStyleClass().add("compare-text");
        VBox response = new VBox(4, observationTitle, observation);
        response.setPadding(new Insets(6, 10, 6, 10));
        VBox.setVgrow(observation, Priority.ALWAYS);
        SplitPane center = new SplitPane(scroll, response);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.72);
        setCenter(center);

        preferLeft.setId("candidate-prefer-left");
        preferRight.setId("candidate-prefer-right");
        preferLeft.setOnAction(event -> prefer(false));
        preferRight.setOnAction(event -> prefer(true));
        promoteLeft.setId("candidate-promote-left");
        promoteRight.setId("candidate-promote-right");
        promoteLeft.setOnAction(event -> promote(false));
        promoteRight.setOnAction(event -> promote(true));
        for (Button button : List.of(preferLeft, preferRight, promoteLeft, promoteRight)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setId("candidate-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(8, preferLeft, preferRight, new javafx.scene.control.Separator(Orientation.VERTICAL),
                promoteLeft, promoteRight, status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 10, 8, 10));
        bottom.getStyleClass().add("compare-footer");
        setBottom(bottom);
        updateButtons();

        leftPicker.valueProperty().addListener((obs, old, option) -> picked());
        rightPicker.valueProperty().addListener((obs, old, option) -> picked());
    }

    /** The comparison shown, or null while the first one loads. */
    public ReadOnlyObjectProperty<CandidateComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public CandidateComparison current() {
        return comparison.get();
    }

    public String sampleId() {
        return sampleId;
    }

    /**
     * Reads the sample's latest revision and compares the chosen option with {@code selected} (-1, or the chosen one
     * itself: the first other option).
     */
    public void load(int selected) {
        read(options -> options.defaultPair(selected));
    }

    /** Reads the latest revision again (after an edit, undo or redo), keeping the two options shown where they exist. */
    public void reload() {
        CandidateComparison shown = current();
        if (shown == null) {
            load(-1);
            return;
        }
        CandidateOptions.Pair pair = shown.pair();
        read(options -> pair.left() < options.options().size() && pair.right() < options.options().size()
                ? pair : options.defaultPair(-1));
    }

    /** Shows these two options (0-based) of the options read last. */
    public void choose(int left, int right) {
        CandidateComparison shown = current();
        if (shown == null) {
            return;
        }
        long mine = ++generation;
        tasks.run("Comparing options", progress -> CandidateComparison.of(shown.ref(), shown.options(),
                new CandidateOptions.Pair(left, right)), built -> {
                    if (mine == generation) {
                        show(built);
                    }
                }, this::failed);
    }

    private void read(java.util.function.Function<CandidateOptions, CandidateOptions.Pair> pairOf) {
        long mine = ++generation;
        tasks.run("Comparing options", progress -> {
            Comparison.Side side = CompareSources.load(library, RevisionRef.latest(sampleId));
            CandidateOptions options = CandidateOptions.of(side.sample(), step);
            return CandidateComparison.of(side.ref(), options, pairOf.apply(options));
        }, built -> {
            if (mine == generation) {
                show(built);
            }
        }, this::failed);
    }

    private void failed(Throwable failure) {
        summary.setText("Cannot compare: " + failure.getMessage());
        notifier.problem("Cannot compare the options: " + failure.getMessage());
    }

    private void picked() {
        CandidateComparison shown = current();
        CandidateOptions.Option left = leftPicker.getValue();
        CandidateOptions.Option right = rightPicker.getValue();
        if (choosing || shown == null || left == null || right == null
                || left.index() == shown.pair().left() && right.index() == shown.pair().right()) {
            return;
        }
        choose(left.index(), right.index());
    }

    private void show(CandidateComparison shown) {
        comparison.set(shown);
        CandidateOptions options = shown.options();
        title.setText(shown.ref().sampleId() + (shown.ref().revision() == 0 ? "" : " (revision " + shown.ref().revision() + ")")
                + " · step " + (options.step() + 1) + " of " + options.stepCount());
        choosing = true;
        try {
            leftPicker.getItems().setAll(options.options());
            rightPicker.getItems().setAll(options.options());
            leftPicker.setValue(shown.left());
            rightPicker.setValue(shown.right());
        } finally {
            choosing = false;
        }
        List<String> differing = shown.fields().differingLabels();
        summary.setText(String.format(Locale.ROOT, "%d options · similarity %.2f · %s", options.options().size(),
                shown.similarity(), shown.pair().left() == shown.pair().right() ? "the same option on both sides"
                        : differing.isEmpty() ? "no differences"
                        : "differ in " + String.join(", ", differing).toLowerCase(Locale.ROOT)));
        tokens.setText(DiffText.tokens(shown.left().tokens(), shown.right().tokens()));
        showSides(shown);
        CandidateOptions.Option chosen = options.option(options.chosen());
        if (options.observation() == null) {
            observationTitle.setText("No tool response at this step (the chosen option, " + (chosen.index() + 1)
                    + ", is not an executed tool call)");
            observation.setText("");
        } else {
            observationTitle.setText("Real tool response to the action taken, option " + (chosen.index() + 1) + " ("
                    + chosen.summary() + "); the other options were never executed");
            observation.setText(options.observation());
        }
        observation.setVisible(options.observation() != null);
        updateButtons();
    }

    private void showSides(CandidateComparison shown) {
        sides.getChildren().clear();
        sides.getRowConstraints().clear();
        int row = 0;
        for (FieldDiff.Row field : shown.fields().rows()) {
            // One grid row per label: the thoughts level with each other, the actions level with each other.
            sides.add(cell(field.left(), field.label(), true), 0, row);
            sides.add(cell(field.right(), field.label(), false), 2, row);
            row++;
        }
    }

    private static Node cell(StepPanel.Field field, String label, boolean left) {
        VBox box = new VBox(4);
        box.getStyleClass().add("compare-side");
        box.getStyleClass().add(left ? "candidate-left" : "candidate-right");
        GridPane.setValignment(box, VPos.TOP);
        if (field == null) {
            Label none = new Label(label + ": none in this option");
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
            box.getStyleClass().add("compare-gap");
        } else {
            box.getChildren().addAll(DiffText.field(field, left));
        }
        return box;
    }

    /**
     * Records that the option on that side is better than the other one at this step: a step-level preference (a DPO
     * pair on export), by the window's annotator. The trajectory is not changed.
     */
    public void prefer(boolean rightSide) {
        CandidateComparison shown = current();
        if (shown == null || promoter == null || saving || shown.left().index() == shown.right().index()) {
            return;
        }
        CandidateOptions.Option better = rightSide ? shown.right() : shown.left();
        CandidateOptions.Option worse = rightSide ? shown.left() : shown.right();
        saving = true;
        updateButtons();
        status.setText("Saving: option " + (better.index() + 1) + " over option " + (worse.index() + 1) + "…");
        promoter.prefer(sampleId, step, better.index(), worse.index(), () -> {
            saving = false;
            status.setText("Preference saved: at step " + (step + 1) + ", option " + (better.index() + 1) + " over option "
                    + (worse.index() + 1) + " (the trajectory is unchanged; ./studio preferences exports it)");
            updateButtons();
        }, failure -> {
            saving = false;
            status.setText("Not saved: " + failure.getMessage());
            updateButtons();
        });
    }

    /**
     * Makes the option on that side the action taken, after asking: a new revision (undoable) in which this step's
     * response and every later step are marked as not executed, because they answered the action it replaces.
     */
    public void promote(boolean rightSide) {
        CandidateComparison shown = current();
        if (shown == null || promoter == null || saving) {
            return;
        }
        CandidateOptions.Option option = rightSide ? shown.right() : shown.left();
        if (option.chosen()) {
            status.setText("Option " + (option.index() + 1) + " is already the action taken");
            return;
        }
        if (!dialogs.confirm(getScene() == null ? null : getScene().getWindow(), promoteQuestion(option.index(), step))) {
            return;
        }
        saving = true;
        updateButtons();
        status.setText("Saving: option " + (option.index() + 1) + " becomes the action taken…");
        promoter.promote(sampleId, step, option.index(), () -> {
            saving = false;
            status.setText("Saved as a new revision: option " + (option.index() + 1)
                    + " is the action taken; the response and later steps are marked not executed (Curate → Undo takes it back)");
            reload();
        }, failure -> {
            saving = false;
            status.setText("Not saved: " + failure.getMessage());
            updateButtons();
        });
    }

    /** Making an option the action taken is an edit of the trajectory: asked first. */
    static Dialogs.Question promoteQuestion(int option, int step) {
        return new Dialogs.Question("Edit the trajectory",
                "Make option " + (option + 1) + " the action taken at step " + (step + 1) + "?",
                "The step's tool response and every later step answered the action taken before: they are marked as "
                        + "not executed, and exports cut the trajectory before this step. Undo takes it back.");
    }

    private void updateButtons() {
        CandidateComparison shown = current();
        boolean off = shown == null || promoter == null || saving;
        boolean same = shown != null && shown.left().index() == shown.right().index();
        preferLeft.setDisable(off || same);
        preferRight.setDisable(off || same);
        promoteLeft.setDisable(off || shown.left().chosen());
        promoteRight.setDisable(off || shown.right().chosen());
        String prefer = promoter == null ? "Curation is not available in this window"
                : "Record that this option is better than the other at this step (a DPO pair; the trajectory is unchanged)";
        String promote = promoter == null ? "Curation is not available in this window"
                : "Make this option the action taken (a new revision; the step's response and later steps become not executed)";
        preferLeft.setTooltip(new Tooltip(prefer));
        preferRight.setTooltip(new Tooltip(prefer));
        promoteLeft.setTooltip(new Tooltip(promote));
        promoteRight.setTooltip(new Tooltip(promote));
    }

    private static ComboBox<CandidateOptions.Option> picker(String id) {
        ComboBox<CandidateOptions.Option> picker = new ComboBox<>();
        picker.setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(CandidateOptions.Option option) {
                return option == null ? "" : option.label() + String.format(Locale.ROOT, " · ≈ %,d tokens", option.tokens());
            }

            @Override
            public CandidateOptions.Option fromString(String text) {
                return null;
            }
        });
        return picker;
    }

    /** Left | narrow middle | right, the same widths for the pickers and the sides so that they line up. */
    private static GridPane twoColumns() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setAlignment(Pos.CENTER_LEFT);
        grid.getColumnConstraints().setAll(column(47), column(6), column(47));
        return grid;
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        column.setHalignment(percent < 10 ? javafx.geometry.HPos.CENTER : javafx.geometry.HPos.LEFT);
        return column;
    }
}
