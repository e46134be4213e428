package org.trajectorystudio.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
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
import org.trajectorystudio.app.testing.InspectorTabs;
import org.trajectorystudio.app.testing.ScriptedDialogs;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.tokens.SampleTokens;
import org.trajectorystudio.persistence.curation.Preference;
import org.trajectorystudio.persistence.curation.PreferenceOutcome;
import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The compare view in the studio window, on a real library holding the bundled HAS samples and an edited copy of
 * has-001 (a visit inserted, another final answer), with real background tasks, driven through the headless robot.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private CompareFeature feature;
    private Sample has001;
    private Sample variant;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
        has001 = BundledFiles.sample("has_decision.jsonl", "has-001");
        variant = BundledFiles.has001Variant(has001, "has-001-b");
        library.importFile(BundledFiles.file("has_decision.jsonl"));
        library.importFile(BundledFiles.write(Files.createTempFile(dir, "variant", ".jsonl"), List.of(variant)));
        library.search().awaitCaughtUp();
        // The flag indexer's writes would reach the window as another process's change a second later, and its
        // refresh of the rows raced the two-row selection the tests make before pressing C.
        library.flags().awaitCaughtUp();
        tasks = new FxTasks();
        feature = new CompareFeature();
        window = new MainWindow(library, tasks, new StatusNotifier(false), result -> {}, List.of(feature));
        window.useDialogs(dialogs);
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.getScene() != null && w.getScene().getRoot() instanceof CompareView)
                .toList().forEach(w -> ((Stage) w).close()));
        tasks.close();
        library.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SampleTable table(FxRobot robot) {
        return robot.lookup("#sample-table").queryAs(SampleTable.class);
    }

    private int rowOf(FxRobot robot, String id) {
        List<SampleSummary> rows = table(robot).getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " is not in the table");
    }

    private CompareView openedView() throws Exception {
        waitUntil(() -> feature.lastOpened() != null && feature.lastOpened().current() != null);
        return feature.lastOpened();
    }

    @Test
    void cOnTwoSelectedRowsAlignsThemMarksTheChangedAnswerAndStoresAPreference(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 23 && table(robot).getItems().size() == 23);
        int left = rowOf(robot, "has-001");
        int right = rowOf(robot, "has-001-b");
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectIndices(left, right);
        });
        robot.clickOn("#trajectory-tree");
        robot.type(KeyCode.C);

        CompareView view = openedView();
        assertThat(robot.lookup("#compare-view").tryQuery()).isPresent();
        // Aligned rows: the inserted visit is a gap on the left, and the steps after it keep their counterparts.
        assertThat(view.rows().getItems()).extracting(row -> row.pair().left(), row -> row.pair().right())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(null, 1),
                        org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 3));
        assertThat(robot.lookup("#compare-summary").queryLabeled().getText())
                .startsWith("3 paired · 0 only left · 1 only right").contains("2 rows differ");

        // Token counts per side and their difference, labelled approximate.
        int difference = SampleTokens.approximateTotal(variant) - SampleTokens.approximateTotal(has001);
        assertThat(view.current().tokenDifference()).isEqualTo(difference).isNegative();
        assertThat(robot.lookup("#compare-tokens").queryLabeled().getText())
                .contains("(approximate)").contains(String.format(java.util.Locale.ROOT, "difference −%,d", -difference));

        // ] jumps to the gap, ] again to the changed answer, whose inserted words are highlighted on the right.
        robot.clickOn("#compare-rows");
        robot.type(KeyCode.HOME);
        robot.write("]");
        assertThat(view.rows().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.write("]");
        assertThat(view.rows().getSelectionModel().getSelectedIndex()).isEqualTo(3);
        waitUntil(() -> highlighted(robot, "diff-inserted").contains("Washington, D.C., United States"));
        assertThat(highlighted(robot, "diff-deleted")).contains("Hilo, Hawaii");
        robot.press(KeyCode.CONTROL).type(KeyCode.UP).release(KeyCode.CONTROL);
        assertThat(view.rows().getSelectionModel().getSelectedIndex()).isEqualTo(1);

        assertThat(org.trajectorystudio.app.testing.CutLabels.under(robot, view)).as("labels shown cut").isEmpty();
        // One question on both sides: it heads both columns once, and there is nothing to warn of before the click.
        assertThat(robot.lookup("#prefer-status").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#compare-left-question").queryLabeled().getText())
                .isEqualTo("Question · " + org.trajectorystudio.app.ui.OneLine.of(has001.question(), 400));
        assertThat(robot.lookup("#compare-right-question").query().isVisible()).isFalse();

        // A preference with its reason, stored in the curation log.
        robot.clickOn("#prefer-reason").write("right answer, checked on the Nobel page");
        robot.clickOn("#prefer-right");
        waitUntil(() -> !library.curation().preferences().isEmpty());
        Preference stored = library.curation().preferences().getFirst();
        assertThat(stored.left()).isEqualTo(new RevisionRef("has-001", 0));
        assertThat(stored.right()).isEqualTo(new RevisionRef("has-001-b", 0));
        assertThat(stored.outcome()).isEqualTo(PreferenceOutcome.RIGHT);
        assertThat(stored.reason()).isEqualTo("right answer, checked on the Nobel page");
        waitUntil(() -> robot.lookup("#prefer-status").queryLabeled().getText().startsWith("Stored: right is better"));

        robot.clickOn("#compare-rows");
        robot.type(KeyCode.ESCAPE);
        assertThat(view.getScene().getWindow().isShowing()).isFalse();
    }

    @Test
    void twoTrajectoriesOfDifferentQuestionsSayBeforeTheClickThatTheExportSkipsTheirPreference(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 23);
        String other = library.samples().page(org.trajectorystudio.persistence.query.SampleQuery.all(), 100).rows().stream()
                .map(SampleSummary::id).filter(id -> !id.startsWith("has-001")).findFirst().orElseThrow();
        StatusNotifier notices = new StatusNotifier(false);
        CompareView view = new CompareView(library, tasks, notices,
                new org.trajectorystudio.app.curation.CurationActions(library.curation(), tasks, notices, id -> {}));
        robot.interact(() -> {
            Stage shown = new Stage();
            shown.setScene(new javafx.scene.Scene(view, 900, 600));
            shown.show();
            view.load(new RevisionRef("has-001", 0), new RevisionRef(other, 0));
        });
        waitUntil(() -> view.current() != null);
        javafx.scene.control.Labeled status = (javafx.scene.control.Labeled) view.lookup("#prefer-status");
        assertThat(status.getText()).startsWith("Different questions").contains("export skips");
        assertThat(status.getStyleClass()).contains("warning-text");
        // Each side's question heads its column: the rows show only the steps.
        String otherQuestion = library.samples().load(other).orElseThrow().question();
        assertThat(((javafx.scene.control.Labeled) view.lookup("#compare-left-question")).getText())
                .isEqualTo("Left · " + org.trajectorystudio.app.ui.OneLine.of(has001.question(), 400));
        javafx.scene.control.Labeled rightQuestion = (javafx.scene.control.Labeled) view.lookup("#compare-right-question");
        assertThat(rightQuestion.getText()).isEqualTo("Right · " + org.trajectorystudio.app.ui.OneLine.of(otherQuestion, 400));
        assertThat(rightQuestion.isVisible()).isTrue();
        // In a 900-wide window with that long warning beside them, the three buttons still show their whole labels.
        for (String id : List.of("#prefer-left", "#prefer-tie", "#prefer-right")) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) view.lookup(id);
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
    }

    @Test
    void aRevisionComparesWithTheOriginalAndTheRightSideSwitchesToAnotherTrajectoryOfTheQuestion(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 23);
        List<Step> steps = new java.util.ArrayList<>(has001.steps());
        steps.set(steps.size() - 1, Step.of("Her birth certificate says Washington.", new FinalAnswer("Washington, D.C."), null));
        library.curation().revise("has-001", has001.withSteps(steps));

        // The shown sample's other trajectories, in the inspector's tab (its list joins the window when first shown).
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(rowOf(robot, "has-001")));
        InspectorTabs.select(robot, InspectorTabs.titled("Same question"));
        waitUntil(() -> robot.lookup("#same-question-list").queryListView().getItems().stream()
                .anyMatch(row -> ((SampleSummary) row).id().equals("has-001-b")));

        robot.interact(() -> feature.open(new RevisionRef("has-001", 0), RevisionRef.latest("has-001")));
        CompareView view = openedView();
        assertThat(view.current().right().ref()).isEqualTo(new RevisionRef("has-001", 1));
        assertThat(view.current().differingRows()).containsExactly(view.rows().getItems().size() - 1);
        assertThat(robot.lookup("#compare-summary").queryLabeled().getText()).endsWith(" · 1 row differs");

        @SuppressWarnings("unchecked")
        ComboBox<CompareView.Choice> choice = (ComboBox<CompareView.Choice>) robot.lookup("#compare-right-choice").query();
        CompareView.Choice other = choice.getItems().stream().filter(c -> c.ref().sampleId().equals("has-001-b")).findFirst().orElseThrow();
        robot.interact(() -> choice.setValue(other));
        waitUntil(() -> view.current().right().ref().sampleId().equals("has-001-b"));
        assertThat(view.current().left().ref()).isEqualTo(new RevisionRef("has-001", 0));
        assertThat(view.current().alignment().rightOnly()).isEqualTo(1);
    }

    @Test
    void theRevisionAndSameQuestionMenusOpenWhatTheCuratorChoseAndNothingWhenCancelled(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 23);
        List<Step> steps = new java.util.ArrayList<>(has001.steps());
        steps.set(steps.size() - 1, Step.of("Her birth certificate says Washington.", new FinalAnswer("Washington, D.C."), null));
        library.curation().revise("has-001", has001.withSteps(steps));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(rowOf(robot, "has-001")));
        waitUntil(() -> window.selection().sample() != null && window.selection().sample().id().equals("has-001"));
        MenuItem revision = menuItem(robot, "menu-compare-revision");
        MenuItem sameQuestion = menuItem(robot, "menu-compare-same-question");

        // Cancelled: no window.
        dialogs.cancel();
        robot.interact(revision::fire);
        waitUntil(() -> dialogs.asked().size() == 1);
        assertThat(dialogs.asked().getFirst().offered()).containsExactly(0);
        assertThat(feature.lastOpened()).isNull();

        // Revision 0 (as imported) against the latest.
        dialogs.choose(0);
        robot.interact(revision::fire);
        CompareView view = openedView();
        assertThat(view.current().left().ref()).isEqualTo(new RevisionRef("has-001", 0));
        assertThat(view.current().right().ref()).isEqualTo(new RevisionRef("has-001", 1));

        // The same question: the other trajectory the curator picked, on the right.
        dialogs.choose("has-001-b");
        robot.interact(sameQuestion::fire);
        waitUntil(() -> dialogs.asked().size() == 3);
        assertThat(dialogs.asked().get(2).offered()).contains("has-001-b").doesNotContain("has-001");
        waitUntil(() -> feature.lastOpened() != view && feature.lastOpened().current() != null);
        assertThat(feature.lastOpened().current().left().ref().sampleId()).isEqualTo("has-001");
        assertThat(feature.lastOpened().current().right().ref().sampleId()).isEqualTo("has-001-b");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static Set<String> highlighted(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Text.class).stream().filter(Node::isVisible)
                .map(Text::getText).collect(java.util.stream.Collectors.toSet());
    }
}
