package org.trajectorystudio.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.testing.CutLabels;
import org.trajectorystudio.app.testing.TreeNodes;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.StudioFeatures;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.RevisionInfo;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/** The Curate tab on a real library file with real background tasks, driven by keys through the headless robot. */
@ExtendWith(ApplicationExtension.class)
class CurationFeatureTest {
    private static final String SEARCH_SCHEMA = """
            {"type":"object","properties":{"query":{"type":"array","items":{"type":"string"}}},
             "required":["query"],"additionalProperties":false}""";

    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private static StatusNotifier notifier;

    @Start
    void start(Stage stage) throws Exception {
        Path libraryDir = Files.createTempDirectory(dir, "library");
        library = Library.open(libraryDir);
        Path file = Files.createTempFile(dir, "samples", ".jsonl");
        Files.write(file, samples().stream().map(StudioCodec::write).toList());
        library.importFile(file);
        tasks = new FxTasks();
        notifier = new StatusNotifier(false);
        window = new MainWindow(library, tasks, notifier, result -> {}, StudioFeatures.all());
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close() {
        tasks.close();
        library.close();
    }

    /** A trajectory whose search tool has a parameter schema, a HAS sample, and one more to move on to. */
    private static List<Sample> samples() {
        Sample trajectory = new Sample("t1", SampleKind.TRAJECTORY, "Who wrote Dune?", "Frank Herbert", null,
                List.of(new ToolSpec("search", "web search", Json.tryParse(SEARCH_SCHEMA))), List.of(),
                List.of(Step.of("I should search.", new ToolCalls(List.of(ToolCall.parsed("c1", "search",
                                Json.tryParse("{\"query\":[\"Dune author\"]}")))), "Frank Herbert wrote Dune."),
                        Step.of("Found it.", new FinalAnswer("Frank Herbert"), null)),
                Judgment.CORRECT, Map.of());
        Sample has = new Sample("h1", SampleKind.HAS_DECISION, "Capital of France?", null, null, List.of(), List.of(),
                List.of(Step.decision(List.of(new Candidate("guess", new FinalAnswer("Lyon")),
                        new Candidate("know", new FinalAnswer("Paris"))), 1, null)), Judgment.CORRECT, Map.of());
        Sample third = new Sample("t3", SampleKind.TRAJECTORY, "What is 2+2?", null, null, List.of(), List.of(),
                List.of(Step.of(null, new FinalAnswer("4"), null)), Judgment.CORRECT, Map.of());
        return List.of(trajectory, has, third);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; status line: " + notifier.latestProperty().get().text(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SampleTable table(FxRobot robot) {
        return robot.lookup("#sample-table").queryAs(SampleTable.class);
    }

    private SampleSummary row(FxRobot robot, String id) {
        return table(robot).getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Shows a sample and selects the first tree node matching {@code node}, with the focus on the tree. */
    private void open(FxRobot robot, String id, Predicate<OutlineNode> node) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        TreeNodes.showSample(robot, window, id);
        TreeNodes.select(robot, node);
    }

    private static Predicate<OutlineNode> type(NodeType type) {
        return node -> node.type() == type;
    }

    private static void ctrl(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        for (KeyCode key : keys) {
            robot.press(key);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        robot.release(KeyCode.CONTROL);
    }

    @Test
    void numberKeysRateTheSelectedNodeAndTheTableRowShowsIt(FxRobot robot) throws Exception {
        open(robot, "t1", type(NodeType.SAMPLE));

        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> Integer.valueOf(4).equals(row(robot, "t1").rating()));
        assertThat(library.curation().state("t1").rating()).isEqualTo(4);
        waitUntil(() -> robot.lookup("#rating").queryAs(Rating.class).getRating() == 4);

        TreeNodes.select(robot, type(NodeType.STEP));
        waitUntil(() -> robot.lookup("#rating-target").queryAs(Label.class).getText().contains("step 1"));
        assertThat(robot.lookup("#rating").queryAs(Rating.class).getRating()).isZero();
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> library.curation().state("t1").stepRatings().stream()
                .anyMatch(r -> r.step() == 1 && r.candidate() == null && r.score() == 2));
        assertThat(library.curation().state("t1").rating()).isEqualTo(4);
    }

    @Test
    void optionActionsInTheCurateMenuAreEnabledOnlyOnAHasOption(FxRobot robot) throws Exception {
        List<String> ids = List.of("menu-promote", "menu-duplicate", "menu-delete-option", "menu-option-up", "menu-option-down");
        java.util.function.Supplier<List<Boolean>> disabled = () -> window.scene().getRoot().lookupAll("#menu-bar").stream()
                .flatMap(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().stream())
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getId() != null && ids.contains(item.getId()))
                .map(javafx.scene.control.MenuItem::isDisable).toList();
        open(robot, "t1", type(NodeType.STEP));
        assertThat(disabled.get()).hasSize(ids.size()).containsOnly(true);
        open(robot, "h1", node -> node.type() == NodeType.CANDIDATE);
        waitUntil(() -> !disabled.get().contains(true));
        open(robot, "h1", type(NodeType.SAMPLE));
        waitUntil(() -> !disabled.get().contains(false));
    }

    @Test
    void aHasOptionIsRatedOnItsOwnAndCanBeMadeTheChosenOne(FxRobot robot) throws Exception {
        open(robot, "h1", node -> node.type() == NodeType.CANDIDATE && !node.chosen());

        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> library.curation().state("h1").stepRatings().stream()
                .anyMatch(r -> r.step() == 1 && Integer.valueOf(1).equals(r.candidate()) && r.score() == 1));

        // The row is re-read after the rating; the option stays selected and shows its own rating.
        waitUntil(() -> robot.lookup("#rating").queryAs(Rating.class).getRating() == 1);
        assertThat(robot.lookup("#rating-target").queryAs(Label.class).getText()).contains("step 1 · option 1");
        Button promote = robot.lookup("#candidate-promote").queryAs(Button.class);
        assertThat(promote.isVisible()).isTrue();
        robot.clickOn(promote);
        waitUntil(() -> library.curation().revisions("h1").size() == 2);
        assertThat(library.curation().latest("h1").steps().getFirst().chosen()).isZero();
        assertThat(library.curation().latest("h1").finalAnswer()).contains("Lyon");
    }

    @Test
    void letterKeysSetTheVerdictAndNJumpsToTheNextUnratedSample(FxRobot robot) throws Exception {
        library.curation().rate(RatingTarget.sample("h1"), 3);
        robot.interact(() -> window.browser().reload());
        open(robot, "t1", type(NodeType.SAMPLE));
        waitUntil(() -> Integer.valueOf(3).equals(row(robot, "h1").rating()));

        robot.type(KeyCode.A);
        waitUntil(() -> row(robot, "t1").verdict() == Verdict.ACCEPTED);
        assertThat(robot.lookup("#verdict-accepted").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.E);
        waitUntil(() -> row(robot, "t1").verdict() == Verdict.NEEDS_EDIT);
        robot.type(KeyCode.R);
        waitUntil(() -> row(robot, "t1").verdict() == Verdict.REJECTED);
        assertThat(library.curation().state("t1").verdict()).isEqualTo(Verdict.REJECTED);

        robot.type(KeyCode.N);
        waitUntil(() -> "t3".equals(window.selection().sampleId()));
    }

    @Test
    void ctrlZUndoesRatingsVerdictsAndLabelsAndCtrlShiftZRedoes(FxRobot robot) throws Exception {
        open(robot, "t1", type(NodeType.SAMPLE));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> Integer.valueOf(3).equals(row(robot, "t1").rating()));
        robot.type(KeyCode.DIGIT5);
        waitUntil(() -> Integer.valueOf(5).equals(row(robot, "t1").rating()));
        robot.type(KeyCode.A);
        waitUntil(() -> row(robot, "t1").verdict() == Verdict.ACCEPTED);
        robot.type(KeyCode.L).write("gold").type(KeyCode.ENTER);
        waitUntil(() -> row(robot, "t1").labels().contains("gold"));
        robot.interact(() -> TreeNodes.tree(robot).requestFocus());

        ctrl(robot, KeyCode.Z);
        waitUntil(() -> row(robot, "t1").labels().isEmpty());
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> row(robot, "t1").verdict() == null);
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> Integer.valueOf(3).equals(row(robot, "t1").rating()));
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> row(robot, "t1").rating() == null);
        assertThat(library.curation().state("t1").rating()).isNull();

        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> Integer.valueOf(3).equals(row(robot, "t1").rating()));
        // Undo appends: nothing was deleted from the log.
        assertThat(library.curation().history("t1")).hasSize(4 + 4 + 1);
    }

    /** With no sample shown (the filter matches none) a rating key says why nothing happened; it did nothing, silently. */
    @Test
    void aRatingKeyWithNoSampleShownSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> window.browser().textProperty().set("no-such-word-anywhere"));
        waitUntil(() -> table(robot).getItems().isEmpty() && window.selection().currentId() == null);
        robot.clickOn("#sample-table");
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> notifier.latestProperty().get().text().startsWith("No sample shown to rate"));
        assertThat(library.curation().history("t1")).isEmpty();
    }

    /** The revision pane is narrow: its words wrap there (the unedited sample's line was cut after "this is the"). */
    @Test
    void theRevisionTextWrapsInItsNarrowPane(FxRobot robot) throws Exception {
        open(robot, "t1", type(NodeType.TOOL_CALL));
        TextArea diff = robot.lookup("#revision-diff").queryAs(TextArea.class);
        waitUntil(() -> diff.getText().startsWith("Not edited yet"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) diff.lookup(".scroll-pane");
        javafx.scene.text.Text text = (javafx.scene.text.Text) diff.lookup(".text");
        assertThat(text.getBoundsInLocal().getWidth()).as("the message's width in its pane")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth());
    }

    @Test
    void theEditorShowsItsTitleAndKeysWholeInItsNarrowPane(FxRobot robot) throws Exception {
        open(robot, "t1", type(NodeType.TOOL_CALL));
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#node-editor").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#edit-title").queryAs(Label.class).getText()).startsWith("Edit · Step 1");
        assertThat(CutLabels.under(robot, robot.lookup("#node-editor").query())).as("cut in the editor").isEmpty();
    }

    @Test
    void editingToolArgumentsRefusesInvalidJsonThenSavesARevisionWithADiffThatCanBeRestoredAndUndone(FxRobot robot) throws Exception {
        open(robot, "t1", type(NodeType.TOOL_CALL));
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#node-editor").query().isVisible());
        TextArea text = robot.lookup("#edit-text").queryAs(TextArea.class);
        assertThat(text.getText()).contains("Dune author");

        robot.interact(() -> text.setText("{\"query\": [\"Dune novel author\""));
        Label error = robot.lookup("#edit-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("arguments are not valid JSON at line 1");
        assertThat(robot.lookup("#edit-save").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> text.setText("{\"query\": \"Dune novel author\"}"));
        assertThat(error.getText()).isEqualTo("arguments.query: expected array, got string");
        robot.clickOn("#edit-text").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.curation().revisions("t1")).hasSize(1);

        robot.interact(() -> text.setText("{\"query\": [\"Dune novel author\"]}"));
        assertThat(error.isVisible()).isFalse();
        robot.clickOn("#edit-save");
        waitUntil(() -> library.curation().revisions("t1").size() == 2 && row(robot, "t1").revision() == 1);
        assertThat(Json.write(library.curation().latest("t1").steps().getFirst().toolCalls().getFirst().arguments()))
                .isEqualTo("{\"query\":[\"Dune novel author\"]}");
        TextArea diff = robot.lookup("#revision-diff").queryAs(TextArea.class);
        waitUntil(() -> diff.getText().contains("+++ r1"));
        assertThat(diff.getText().lines()).anyMatch(line -> line.matches("- +\"Dune author\""))
                .anyMatch(line -> line.matches("\\+ +\"Dune novel author\""));

        @SuppressWarnings("unchecked")
        ListView<RevisionInfo> revisions = robot.lookup("#revision-list").queryAs(ListView.class);
        robot.interact(() -> revisions.getSelectionModel().select(0));
        robot.clickOn("#revision-restore");
        waitUntil(() -> library.curation().revisions("t1").size() == 3);
        assertThat(library.curation().revision("t1", 2)).isEqualTo(library.curation().revision("t1", 0));
        waitUntil(() -> revisions.getItems().size() == 3 && diff.getText().contains("+++ r2"));

        robot.interact(() -> TreeNodes.tree(robot).requestFocus());
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> library.curation().revisions("t1").size() == 4);
        assertThat(library.curation().latest("t1")).isEqualTo(library.curation().revision("t1", 1));

        // Four revisions in the narrow pane: the list scrolls down, never sideways (a side scroll bar hid the last row).
        waitUntil(() -> revisions.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(revisions.lookupAll(".scroll-bar")).filteredOn(bar -> bar instanceof javafx.scene.control.ScrollBar scroll
                && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && scroll.isVisible()).isEmpty();
        // and the history of those edits wraps its lines rather than scroll sideways
        ListView<?> history = robot.lookup("#curation-history").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(history.lookupAll(".scroll-bar")).filteredOn(bar -> bar instanceof javafx.scene.control.ScrollBar scroll
                && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && scroll.isVisible()).isEmpty();
    }
}
