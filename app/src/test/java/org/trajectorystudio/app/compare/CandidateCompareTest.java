package org.trajectorystudio.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.testing.BundledFiles;
import org.trajectorystudio.app.testing.ScriptedDialogs;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.testing.TreeNodes;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.StudioFeature;
import org.trajectorystudio.app.ui.StudioFeatures;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.model.compare.CandidateOptions;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.persistence.library.Library;

/**
 * The candidate comparison in the studio window with every feature installed (as the studio runs), on a real library
 * holding a HAS sample whose decision step has three options that act differently, with real background tasks.
 */
@ExtendWith(ApplicationExtension.class)
class CandidateCompareTest {
    private static final String OBSERVATION = "Anne Hidalgo has been the mayor of Paris since 2014.";

    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private CompareFeature feature;
    private StatusNotifier notifier;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
        library.importFile(BundledFiles.write(Files.createTempFile(dir, "has", ".jsonl"), List.of(hasSample(), plainSample())));
        tasks = new FxTasks();
        List<StudioFeature> features = StudioFeatures.all();
        feature = features.stream().filter(CompareFeature.class::isInstance).map(CompareFeature.class::cast).findFirst().orElseThrow();
        notifier = new StatusNotifier(false);
        window = new MainWindow(library, tasks, notifier, result -> {}, features);
        window.useDialogs(dialogs);
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.getScene() != null && w.getScene().getRoot() instanceof CandidateCompareView)
                .toList().forEach(w -> ((Stage) w).close()));
        tasks.close();
        library.close();
    }

    /** Step 1 chooses option 2 (a search) over a differently worded search and a visit; step 2 answers. */
    private static Sample hasSample() {
        Candidate official = new Candidate("Search the city's official site for the mayor.",
                calls("search", "{\"query\":[\"Paris mayor official site\"]}"));
        Candidate current = new Candidate("Search for the current mayor of Paris.",
                calls("search", "{\"query\":[\"current mayor of Paris\"]}"));
        Candidate visit = new Candidate("Visit the city hall page to read who leads it.",
                calls("visit", "{\"url\":[\"https://www.paris.fr/mairie\"],\"goal\":\"current mayor\"}"));
        return new Sample("hx", SampleKind.HAS_DECISION, "Who is the mayor of Paris?", "Anne Hidalgo", null, List.of(), List.of(),
                List.of(Step.decision(List.of(official, current, visit), 1, OBSERVATION),
                        Step.of("The search says so.", new FinalAnswer("Anne Hidalgo"), null)),
                Judgment.CORRECT, Map.of());
    }

    private static Sample plainSample() {
        return new Sample("plain", SampleKind.TRAJECTORY, "What is 2+2?", null, null, List.of(), List.of(),
                List.of(Step.of(null, new FinalAnswer("4"), null)), Judgment.CORRECT, Map.of());
    }

    private static ToolCalls calls(String name, String arguments) {
        return new ToolCalls(List.of(ToolCall.parsed("c1", name, Json.tryParse(arguments))));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SampleTable table(FxRobot robot) {
        return robot.lookup("#sample-table").queryAs(SampleTable.class);
    }

    private void show(FxRobot robot, String id) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        TreeNodes.showSample(robot, window, id);
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CandidateOptions.Option> picker(FxRobot robot, String id) {
        return (ComboBox<CandidateOptions.Option>) robot.lookup(id).query();
    }

    private static String shownText(ComboBox<CandidateOptions.Option> picker) {
        return picker.getConverter().toString(picker.getValue());
    }

    private static Set<String> highlighted(FxRobot robot, String styleClass) {
        return robot.lookup("#candidate-sides ." + styleClass).queryAllAs(Text.class).stream().filter(Node::isVisible)
                .map(Text::getText).collect(Collectors.toSet());
    }

    private static String joined(Set<String> texts) {
        return String.join(" | ", texts);
    }

    @Test
    void shiftCOnAnOptionComparesItWithTheChosenOneSwitchesThePickerAndPromotesTheRightOneUndoably(FxRobot robot) throws Exception {
        show(robot, "hx");
        TreeNodes.select(robot, node -> node.type() == NodeType.SAMPLE);
        assertThat(menuItem(robot, "menu-compare-candidates").isDisable()).isTrue();
        // Option 3, the visit, selected in the tree: the menu item is on and Shift+C opens the comparison.
        TreeNodes.select(robot, node -> node.type() == NodeType.CANDIDATE && node.ref().candidate() == 2);
        assertThat(window.selection().node().candidate()).isEqualTo(2);
        assertThat(menuItem(robot, "menu-compare-candidates").isDisable()).isFalse();
        robot.write("C");

        waitUntil(() -> feature.lastCandidates() != null && feature.lastCandidates().current() != null);
        CandidateCompareView view = feature.lastCandidates();
        assertThat(robot.lookup("#candidate-compare").tryQuery()).isPresent();
        ComboBox<CandidateOptions.Option> left = picker(robot, "#left-candidate");
        ComboBox<CandidateOptions.Option> right = picker(robot, "#right-candidate");
        assertThat(left.getValue().index()).isEqualTo(1);
        assertThat(shownText(left)).startsWith("Option 2 · search · chosen");
        assertThat(right.getValue().index()).isEqualTo(2);
        assertThat(shownText(right)).startsWith("Option 3 · visit").doesNotContain("chosen");
        assertThat(left.getItems()).hasSize(3);

        // The differing words are marked as in the trajectory comparison; the shared ones are not.
        waitUntil(() -> joined(highlighted(robot, "diff-inserted")).contains("visit"));
        assertThat(joined(highlighted(robot, "diff-inserted"))).contains("https://www.paris.fr/mairie");
        assertThat(joined(highlighted(robot, "diff-deleted"))).contains("search").contains("Search for");
        CandidateComparison shown = view.current();
        assertThat(robot.lookup("#candidate-tokens").queryLabeled().getText()).contains("(approximate)")
                .contains(String.format(java.util.Locale.ROOT, "≈ %,d | ≈ %,d", shown.left().tokens(), shown.right().tokens()));
        assertThat(robot.lookup("#candidate-summary").queryLabeled().getText()).contains("3 options").contains("differ in thought, tool calls");
        // The real response once, said to answer the action taken (and no other option).
        assertThat(robot.lookup("#candidate-observation").queryAs(TextArea.class).getText()).isEqualTo(OBSERVATION);
        assertThat(robot.lookup("#candidate-observation-title").queryLabeled().getText())
                .contains("response to the action taken, option 2 (search)").contains("never executed");
        assertThat(robot.lookup("#candidate-promote-left").queryAs(Button.class).isDisable()).isTrue();
        assertThat(org.trajectorystudio.app.testing.CutLabels.inShownWindows(robot)).as("labels shown cut").isEmpty();

        // The right picker switches to option 1, the other search: only its query and thought differ now.
        robot.interact(() -> right.setValue(right.getItems().getFirst()));
        waitUntil(() -> view.current().pair().right() == 0);
        waitUntil(() -> joined(highlighted(robot, "diff-inserted")).contains("official"));
        assertThat(joined(highlighted(robot, "diff-inserted"))).doesNotContain("visit").doesNotContain("query");
        assertThat(joined(highlighted(robot, "diff-same"))).contains("search").contains("query");
        assertThat(view.current().pair().left()).isEqualTo(1);

        // Prefer right: a step-level preference (option 1 over option 2 at step 1), the trajectory unchanged.
        robot.clickOn("#candidate-prefer-right");
        waitUntil(() -> library.curation().stepPreferences().size() == 1);
        var preference = library.curation().stepPreferences().getFirst();
        assertThat(preference.step()).isEqualTo(1);
        assertThat(preference.chosen()).isEqualTo(1);
        assertThat(preference.rejected()).isEqualTo(2);
        assertThat(preference.sample()).isEqualTo(new org.trajectorystudio.persistence.curation.RevisionRef("hx", 0));
        assertThat(library.curation().revisions("hx")).hasSize(1);
        assertThat(library.curation().latest("hx").steps().getFirst().chosen()).isEqualTo(1);
        waitUntil(() -> robot.lookup("#candidate-status").queryLabeled().getText().startsWith("Preference saved"));

        // Making it the action taken is an edit, asked first. Declined: nothing is written.
        dialogs.confirm(false);
        robot.clickOn("#candidate-promote-right");
        waitUntil(() -> dialogs.asked().size() == 1);
        assertThat(dialogs.asked().getFirst().question().header()).isEqualTo("Make option 1 the action taken at step 1?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.curation().revisions("hx")).hasSize(1);
        assertThat(library.curation().latest("hx").steps().getFirst().chosen()).isEqualTo(1);
        assertThat(robot.lookup("#candidate-promote-right").queryAs(Button.class).isDisable()).isFalse();

        // Confirmed: a new revision whose response is marked not executed.
        dialogs.confirm(true);
        robot.clickOn("#candidate-promote-right");
        waitUntil(() -> library.curation().revisions("hx").size() == 2);
        assertThat(dialogs.asked()).hasSize(2);
        assertThat(library.curation().latest("hx").steps().getFirst().chosen()).isZero();
        assertThat(org.trajectorystudio.model.edit.NotExecuted.from(library.curation().latest("hx"))).hasValue(0);
        waitUntil(() -> view.current().options().chosen() == 0);
        assertThat(view.current().pair()).isEqualTo(new CandidateOptions.Pair(1, 0));
        assertThat(shownText(right)).startsWith("Option 1 · search · chosen");
        assertThat(shownText(left)).doesNotContain("chosen");
        assertThat(robot.lookup("#candidate-promote-right").queryAs(Button.class).isDisable()).isTrue();
        assertThat(robot.lookup("#candidate-promote-left").queryAs(Button.class).isDisable()).isFalse();
        waitUntil(() -> robot.lookup("#candidate-status").queryLabeled().getText().startsWith("Saved as a new revision"));
        waitUntil(() -> TreeNodes.tree(robot).getRoot().getValue().flatten()
                .anyMatch(node -> node.type() == NodeType.TOOL_RESPONSE && node.title().startsWith("[not executed]")
                        && node.detail().startsWith("Not executed for this action")));

        // The promotion is in the window's undo history: Curate → Undo takes it back, and the view follows.
        MenuItem undo = menuItem(robot, "menu-undo");
        assertThat(undo.getText()).isEqualTo("Undo make option 1 chosen");
        robot.interact(undo::fire);
        waitUntil(() -> library.curation().revisions("hx").size() == 3);
        assertThat(library.curation().latest("hx").steps().getFirst().chosen()).isEqualTo(1);
        waitUntil(() -> view.current().options().chosen() == 1);
        assertThat(shownText(left)).contains("chosen");
    }

    @Test
    void aStepWithoutCandidatesOpensNothingAndSaysWhy(FxRobot robot) throws Exception {
        show(robot, "plain");
        TreeNodes.select(robot, node -> node.type() == NodeType.STEP);
        assertThat(menuItem(robot, "menu-compare-candidates").isDisable()).isTrue();
        robot.write("C");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feature.lastCandidates()).isNull();
        assertThat(notifier.latestProperty().get().text()).isEqualTo(
                "Cannot compare candidates: step 1 of plain has no candidate actions (not a HAS decision step)");
    }
}
