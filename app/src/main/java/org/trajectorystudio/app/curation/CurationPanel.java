package org.trajectorystudio.app.curation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.trajectorystudio.app.trajectory.NodeRef;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.model.edit.SampleEdits;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.CurationEvent;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.RevisionInfo;
import org.trajectorystudio.persistence.curation.Verdict;

/**
 * The Curate tab: the rating of the selected node, the verdict, labels, a note, the inline editor, HAS option
 * operations, the revision list with diffs, and the sample's log. Every action is written at once through
 * {@link CurationActions}; nothing here touches the library on the FX thread.
 */
final class CurationPanel extends ScrollPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final WindowContext context;
    private final Curation curation;
    private final CurationActions actions;
    private final Label targetLabel = new Label();
    private final Rating rating = new Rating(5, 0);
    private final ToggleGroup verdicts = new ToggleGroup();
    private final Map<Verdict, ToggleButton> verdictButtons = new EnumMap<>(Verdict.class);
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField labelField = new TextField();
    /** Where the keys were when L moved them to the label field; null when the curator clicked into it. */
    private Node returnTo;
    private final TextField noteField = new TextField();
    private final ListView<String> history = new ListView<>();
    private final javafx.scene.layout.FlowPane candidateBar;
    private final NodeEditor editor;
    private final RevisionsView revisions;
    private volatile List<String> labelsInUse = List.of();
    private CurationSnapshot snapshot;
    private boolean updating;
    private long generation;

    CurationPanel(WindowContext context) {
        this.context = context;
        this.curation = context.library().curation();
        this.actions = new CurationActions(curation, context.tasks(), context.notifier(), new ActionsWindow());
        this.editor = new NodeEditor((shown, result) -> revise(result.description(), shown, result.edited()));
        this.revisions = new RevisionsView(curation, context.tasks(), context.notifier(), context.selection()::sampleId, this::restore);
        setId("curation-panel");
        setFitToWidth(true);

        targetLabel.setId("rating-target");
        targetLabel.setWrapText(true);
        rating.setId("rating");
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.ratingProperty().addListener((obs, old, value) -> {
            if (!updating && value.intValue() >= 1) {
                rate(value.intValue());
            }
        });

        // A flow: in a narrow dock the third button goes to a second line instead of every label being cut.
        javafx.scene.layout.FlowPane verdictBar = new javafx.scene.layout.FlowPane(4, 4);
        for (Verdict verdict : Verdict.values()) {
            ToggleButton button = new ToggleButton(verdict.wireName());
            button.setId("verdict-" + verdict.wireName());
            button.setToggleGroup(verdicts);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setOnAction(event -> verdict(button.isSelected() ? verdict : null));
            verdictButtons.put(verdict, button);
            verdictBar.getChildren().add(button);
        }

        chips.setId("label-chips");
        labelField.setId("label-field");
        labelField.setPromptText("add a label (Enter)");
        // Nothing for an empty field: clearing it after Enter opened the list over the note, and that popup then took
        // the next Esc meant for the field.
        var suggestions = TextFields.bindAutoCompletion(labelField, request -> request.getUserText().isBlank() ? List.<String>of()
                : labelsInUse.stream()
                .filter(label -> label.toLowerCase(Locale.ROOT).startsWith(request.getUserText().strip().toLowerCase(Locale.ROOT)))
                .filter(label -> !label.equals(request.getUserText().strip()))
                .filter(label -> snapshot == null || !snapshot.state().labels().contains(label))
                .toList());
        // The popup's first styling happens before it has an owner to inherit the window's colours from (studio.css).
        suggestions.getAutoCompletionPopup().getScene().getStylesheets()
                .add(org.trajectorystudio.app.ui.MainWindow.class.getResource("studio.css").toExternalForm());
        labelField.setOnAction(event -> {
            String label = labelField.getText().strip();
            if (!label.isEmpty()) {
                addLabel(label);
                labelField.clear();
            }
            returnFocus();
        });
        labelField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && returnTo != null) {
                labelField.clear();
                returnFocus();
                event.consume();
            }
        });
        labelField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                returnTo = null; // clicked elsewhere: a later click into the field keeps the focus there
            }
        });
        noteField.setId("note-field");
        noteField.setPromptText("add a note (Enter)");
        noteField.setOnAction(event -> note(noteField.getText()));

        // A flow, not a row: the dock is narrow and the buttons must keep their words.
        candidateBar = new javafx.scene.layout.FlowPane(4, 4,
                button("candidate-promote", "Make chosen", this::promote),
                button("candidate-add", "Duplicate", this::duplicate),
                button("candidate-delete", "Delete", this::deleteCandidate),
                button("candidate-up", "Move up", () -> moveCandidate(-1)),
                button("candidate-down", "Move down", () -> moveCandidate(1)));
        candidateBar.setId("candidate-bar");
        candidateBar.managedProperty().bind(candidateBar.visibleProperty());
        candidateBar.setVisible(false);

        history.setId("curation-history");
        history.setPrefHeight(140);
        // Each entry is a sentence: it wraps in the narrow pane instead of scrolling the list sideways.
        history.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty ? null : entry);
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        VBox content = new VBox(8,
                heading("Rating"), targetLabel, rating,
                heading("Verdict"), verdictBar,
                heading("Labels"), chips, labelField,
                heading("Note"), noteField,
                candidateBar, editor,
                heading("Revisions"), revisions,
                heading("History"), history);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("curation-panel");
        setContent(content);

        context.selection().sampleProperty().addListener((obs, old, sample) -> {
            if (old == null || sample == null || !old.id().equals(sample.id())) {
                editor.close();
            }
            reload();
        });
        context.selection().curationChangesProperty().addListener((obs, old, count) -> reload());
        context.selection().nodeProperty().addListener((obs, old, node) -> {
            showRating();
            candidateBar.setVisible(node != null && node.isCandidate() && node.call() < 0);
        });
    }

    CurationActions actions() {
        return actions;
    }

    // ---------------------------------------------------------------- actions

    void rate(int score) {
        String id = shownOrSay("rate");
        if (id == null) {
            return;
        }
        RatingTarget target = CurationSnapshot.target(id, context.selection().currentNode());
        actions.execute("Rating", c -> new CurationCommand.Rate(target, CurationSnapshot.score(c.state(id), target), score,
                CurationSnapshot.describe(target)));
    }

    /** The shown sample's id; with none (an empty table, a sample still loading) the key says so instead of nothing. */
    private String shownOrSay(String action) {
        String id = context.selection().currentId();
        if (id == null) {
            context.notifier().info("No sample shown to " + action + ": select a row first");
        }
        return id;
    }

    void verdict(Verdict verdict) {
        String id = shownOrSay("give a verdict");
        if (id != null) {
            actions.execute("Verdict", c -> new CurationCommand.SetVerdict(id, c.state(id).verdict(), verdict));
        }
    }

    /**
     * L from the table or the tree: the label field takes the keys until Enter (or Esc), then they go back where they
     * were, so that J, K and the rating keys go on (the next J was typed into the field).
     */
    void focusLabel() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        returnTo = owner == labelField ? returnTo : owner;
        labelField.requestFocus();
    }

    private void returnFocus() {
        Node target = returnTo;
        returnTo = null;
        if (target != null && target.getScene() == getScene()) {
            target.requestFocus();
        }
    }

    private void addLabel(String label) {
        String id = shownOrSay("label");
        if (id != null) {
            actions.execute("Label", c -> new CurationCommand.Label(id, label, true, c.state(id).labels().contains(label)));
        }
    }

    private void removeLabel(String label) {
        String id = context.selection().currentId();
        if (id != null) {
            actions.execute("Label", c -> new CurationCommand.Label(id, label, false, c.state(id).labels().contains(label)));
        }
    }

    private void note(String text) {
        String id = context.selection().currentId();
        if (id == null || text.isBlank()) {
            return;
        }
        actions.write("Saving note", c -> c.note(id, text.strip()), event -> {
            noteField.clear();
            reload();
        });
    }

    /** Opens the editor on the selected tree node (Enter, F2, Curate → Edit…). */
    void editSelected() {
        Sample shown = context.selection().sample();
        TreeItem<OutlineNode> item = context.trajectory().tree().getSelectionModel().getSelectedItem();
        if (shown == null || item == null) {
            context.notifier().info("Select a part of the trajectory to edit");
            return;
        }
        OutlineNode node = item.getValue();
        EditTarget.of(shown, node.type(), node.ref()).ifPresentOrElse(target -> {
            context.showInspectorTab(CurationFeature.tabOf(this));
            editor.edit(shown, target);
        }, () -> context.notifier().info("A " + node.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " node has no text to edit; select a thought, call, response, answer or the question"));
    }

    void promote() {
        candidateEdit("make option chosen", (s, ref) -> SampleEdits.promote(s, ref.step(), ref.candidate()));
    }

    void duplicate() {
        candidateEdit("duplicate option", (s, ref) -> SampleEdits.addCandidate(s, ref.step(), ref.candidate() + 1,
                s.steps().get(ref.step()).candidates().get(ref.candidate())));
    }

    void deleteCandidate() {
        candidateEdit("delete option", (s, ref) -> SampleEdits.deleteCandidate(s, ref.step(), ref.candidate()));
    }

    void moveCandidate(int delta) {
        candidateEdit(delta < 0 ? "move option up" : "move option down",
                (s, ref) -> SampleEdits.moveCandidate(s, ref.step(), ref.candidate(), ref.candidate() + delta));
    }

    private void candidateEdit(String what, java.util.function.BiFunction<Sample, NodeRef, Sample> edit) {
        Sample shown = context.selection().sample();
        NodeRef ref = context.selection().node();
        if (shown == null || !ref.isCandidate()) {
            context.notifier().info("Select an option of a HAS step first");
            return;
        }
        try {
            revise(what, shown, edit.apply(shown, ref));
        } catch (IllegalArgumentException e) {
            context.notifier().problem(e.getMessage());
        }
    }

    private void revise(String what, Sample shown, Sample edited) {
        String id = shown.id();
        actions.execute("Saving revision", c -> new CurationCommand.Revise(id, c.latest(id), edited, what));
    }

    private void restore(RevisionInfo revision) {
        String id = context.selection().sampleId();
        if (id != null) {
            int number = revision.revision();
            actions.execute("Restoring revision", c -> new CurationCommand.Revise(id, c.latest(id), c.revision(id, number),
                    "restore r" + number));
        }
    }

    /** How the actions see the window: rows and counts to refresh, questions to name, samples to bring back. */
    private final class ActionsWindow implements CurationActions.Window {
        @Override
        public void changed(CurationCommand command, boolean reveal, Runnable done) {
            String sampleId = command.sampleId();
            boolean shown = sampleId.equals(context.selection().sampleId());
            context.browser().refreshSources();
            if (reveal && !sampleId.equals(context.selection().currentId())) {
                // Undo of a change to another sample: its row first (it may come back into the queue), then show it.
                context.browser().refreshRow(sampleId, () -> {
                    context.showSample(sampleId);
                    done.run();
                });
                return;
            }
            if (shown && command.revises()) {
                context.refreshSample();
            }
            // A rating, verdict or label changes the row and the counts, not what the tree shows.
            context.browser().refreshRow(sampleId, done);
            if (shown) {
                reload();
            }
        }

        @Override
        public String title(String sampleId) {
            return context.library().samples().summary(sampleId).map(row -> row.question()).orElse(sampleId);
        }

    }

    // ---------------------------------------------------------------- showing

    private void reload() {
        long mine = ++generation;
        String id = context.selection().sampleId();
        if (id == null) {
            snapshot = null;
            revisions.clear();
            history.getItems().clear();
            showState();
            return;
        }
        context.tasks().run("Reading curation", progress -> new CurationSnapshot(curation.state(id), curation.history(id),
                curation.revisions(id), curation.labelsInUse()), loaded -> {
                    if (mine == generation && id.equals(context.selection().sampleId())) {
                        snapshot = loaded;
                        labelsInUse = loaded.labelsInUse();
                        history.getItems().setAll(loaded.history().reversed().stream().map(CurationPanel::describe).toList());
                        revisions.show(loaded.revisions());
                        showState();
                    }
                }, failure -> context.notifier().unexpected("Reading curation", failure));
    }

    private void showState() {
        updating = true;
        try {
            Verdict verdict = snapshot == null ? null : snapshot.state().verdict();
            verdictButtons.forEach((v, button) -> button.setSelected(v == verdict));
            chips.getChildren().setAll(snapshot == null ? List.of() : snapshot.state().labels().stream().map(this::chip).toList());
        } finally {
            updating = false;
        }
        showRating();
    }

    private void showRating() {
        String id = context.selection().sampleId();
        if (id == null || snapshot == null || !snapshot.state().sampleId().equals(id)) {
            targetLabel.setText("No sample");
            setRating(0);
            return;
        }
        RatingTarget target = CurationSnapshot.target(id, context.selection().node());
        Integer score = CurationSnapshot.score(snapshot.state(), target);
        targetLabel.setText("Rating the " + CurationSnapshot.describe(target) + (score == null ? " · unrated" : " · " + score + " of 5"));
        setRating(score == null ? 0 : score);
    }

    private void setRating(int value) {
        updating = true;
        try {
            rating.setRating(value);
        } finally {
            updating = false;
        }
    }

    private javafx.scene.Node chip(String label) {
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll("flat", "curation-chip-remove");
        remove.setOnAction(event -> removeLabel(label));
        Label chip = new Label(label, remove);
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.getStyleClass().add("curation-chip");
        return chip;
    }

    private static String describe(CurationEvent event) {
        return TIME.format(event.at()) + " · " + event.annotator() + " · " + HistoryText.of(event);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("curation-heading");
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

}
