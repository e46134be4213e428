package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
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
import org.trajectorystudio.app.testing.InspectorTabs;
import org.trajectorystudio.app.testing.SampleTables;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.trajectory.TrajectoryTreeView;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/** The window on a real library file with real background tasks, driven through the headless glass robot. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private StatusNotifier notifier;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
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

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** In a window and visible with every parent (not a list's hidden measuring cell). */
    private static boolean onScreen(javafx.scene.Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private SampleTable table(FxRobot robot) {
        return robot.lookup("#sample-table").queryAs(SampleTable.class);
    }

    private List<OutlineNode> treeNodes(FxRobot robot) {
        TreeItem<OutlineNode> root = robot.lookup("#trajectory-tree").queryAs(TrajectoryTreeView.class).getRoot();
        return root == null ? List.of() : root.getValue().flatten().toList();
    }

    /** The window fits the screen it opens on (the headless screen here is 1000×1000; the window asks 1440×900). */
    @Test
    void theWindowFitsTheScreen() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(window.scene().getWidth()).isLessThanOrEqualTo(screen.getWidth()).isPositive();
        assertThat(window.scene().getHeight()).isLessThanOrEqualTo(screen.getHeight()).isPositive();
    }

    /**
     * The window hears the table's multi-row selection even after a garbage collection: it listened through a
     * read-only view made per call, which the collector took with its listener (C then compared nothing).
     */
    @Test
    void aTwoRowSelectionReachesTheWindowAfterAGarbageCollection(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77 && table(robot).getItems().size() > 2);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectIndices(0, 2);
        });
        List<String> expected = List.of(table(robot).getItems().get(0).id(), table(robot).getItems().get(2).id());
        assertThat(List.copyOf(table(robot).selectedIds())).isEqualTo(expected);
        assertThat(List.copyOf(window.selection().selectedIds())).isEqualTo(expected);
    }

    @Test
    void aFirstStartShowsTheBundledSamplesAndOpeningAFileAddsItsRows(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        assertThat(table(robot).getItems()).isNotEmpty();

        Path file = dir.resolve("webdancer.jsonl");
        Files.copy(SharedData.file("webdancer_sample_traj.jsonl"), file);
        robot.interact(() -> window.importFiles(List.of(file)));

        waitUntil(() -> window.browser().totalProperty().get() == 277);
        waitUntil(() -> notifier.latestProperty().get().text().startsWith("webdancer.jsonl: 200 imported"));
        assertThat(robot.lookup("#sample-total").queryLabeled().getText()).isEqualTo("277 samples");

        // A file of one trajectory, then its dataset alone: one sample, not "1 samples".
        robot.interact(() -> window.importFiles(List.of(SharedData.file("external/miroflow_task_result.json"))));
        waitUntil(() -> window.browser().totalProperty().get() == 278);
        javafx.scene.control.ListView<?> sources = robot.lookup("#library-sources").queryAs(javafx.scene.control.ListView.class);
        int miroFlow = java.util.stream.IntStream.range(0, sources.getItems().size())
                .filter(i -> sources.getItems().get(i) instanceof org.trajectorystudio.app.library.LibrarySource.Dataset dataset
                        && dataset.name().contains("miroflow_task_result")).findFirst().orElseThrow();
        robot.interact(() -> sources.getSelectionModel().select(miroFlow));
        waitUntil(() -> window.browser().totalProperty().get() == 1);
        assertThat(robot.lookup("#sample-total").queryLabeled().getText()).isEqualTo("1 sample");
    }

    /**
     * Every inspector tab, on a HAS sample, at the window's size: no label, button or check box of a pane shows its
     * text cut to "…" (the preview pane's field labels read "…" in the real window). Cells of lists, tables and trees
     * shorten long values on purpose and are left out.
     */
    @Test
    void noInspectorTabCutsItsLabels(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77 && !table(robot).getItems().isEmpty());
        int has = java.util.stream.IntStream.range(0, table(robot).getItems().size())
                .filter(i -> table(robot).getItems().get(i).kind() == org.trajectorystudio.model.sample.SampleKind.HAS_DECISION)
                .findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(has));
        waitUntil(() -> window.selection().sampleProperty().get() != null);
        javafx.scene.control.TabPane inspector = org.trajectorystudio.app.testing.InspectorTabs.inspector(robot);
        java.util.Map<String, List<String>> cut = new java.util.LinkedHashMap<>();
        for (javafx.scene.control.Tab tab : List.copyOf(inspector.getTabs())) {
            robot.interact(() -> inspector.getSelectionModel().select(tab));
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> labels = org.trajectorystudio.app.testing.CutLabels.under(robot, tab.getContent());
            if (!labels.isEmpty()) {
                cut.put(tab.getText(), labels);
            }
        }
        assertThat(cut).as("labels shown cut, by tab").isEmpty();

        // A sample whose question no other trajectory answers: the Same question tab says so, whole.
        library.search().awaitCaughtUp();
        int alone = java.util.stream.IntStream.range(0, table(robot).getItems().size())
                .filter(i -> org.trajectorystudio.app.compare.SameQuestion.find(library, table(robot).getItems().get(i).id(),
                        table(robot).getItems().get(i).question()).isEmpty())
                .findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(alone));
        javafx.scene.control.Tab same = inspector.getTabs().stream().filter(tab -> tab.getText().equals("Same question"))
                .findFirst().orElseThrow();
        robot.interact(() -> inspector.getSelectionModel().select(same));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.trajectorystudio.app.testing.CutLabels.under(robot, same.getContent())).as("Same question, none").isEmpty();
    }

    @Test
    void aFileWhoseTrajectoriesAreAlreadyInTheLibraryListsThemUnderItsOwnDataset(FxRobot robot) throws Exception {
        // SWE-smith's trajectories as the ADP export ships them: a JSON array and the same records as JSONL. The
        // second file's dataset read 0 and showed "No samples match" although its five samples are in the library.
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        robot.interact(() -> window.importFiles(List.of(SharedData.file("external/adp_swesmith_trajectories.json"))));
        waitUntil(() -> window.browser().totalProperty().get() == 82);
        robot.interact(() -> window.importFiles(List.of(SharedData.file("external/adp_swesmith_trajectories.records.jsonl"))));
        waitUntil(() -> notifier.latestProperty().get().text().startsWith("adp_swesmith_trajectories.records.jsonl: 0 imported"));
        assertThat(window.browser().totalProperty().get()).isEqualTo(82);

        javafx.scene.control.ListView<?> sources = robot.lookup("#library-sources").queryAs(javafx.scene.control.ListView.class);
        java.util.function.Function<String, org.trajectorystudio.app.library.LibrarySource.Dataset> dataset = name ->
                sources.getItems().stream()
                        .filter(item -> item instanceof org.trajectorystudio.app.library.LibrarySource.Dataset d && d.name().equals(name))
                        .map(org.trajectorystudio.app.library.LibrarySource.Dataset.class::cast).findFirst().orElseThrow();
        waitUntil(() -> sources.getItems().stream().anyMatch(item -> item.toString().contains("records.jsonl")));
        assertThat(dataset.apply("adp_swesmith_trajectories.records.jsonl").count()).isEqualTo(5);
        // The narrow pane shortens both names; their ends tell them apart (both read "adp_swesmith_tr..." before).
        // Read on the FX thread, and the names that met the wait are the ones checked: read again from the test
        // thread, a cell the list was re-creating had no text node yet (an NPE in one CI run).
        Callable<List<String>> shownNames = () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#source-name")
                .queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(label -> onScreen(label) && label.getText().startsWith("adp_swesmith_trajectories"))
                .map(label -> label.lookup(".text"))
                .filter(javafx.scene.text.Text.class::isInstance)
                .map(text -> ((javafx.scene.text.Text) text).getText()).toList()).get();
        java.util.concurrent.atomic.AtomicReference<List<String>> seen = new java.util.concurrent.atomic.AtomicReference<>(List.of());
        waitUntil(() -> {
            seen.set(shownNames.call());
            return seen.get().size() == 2 && seen.get().stream().allMatch(text -> text.contains("..."));
        });
        List<String> shown = seen.get();
        assertThat(shown).hasSize(2).allSatisfy(text -> assertThat(text).contains("...").doesNotEndWith("..."))
                .anySatisfy(text -> assertThat(text).endsWith(".json")).anySatisfy(text -> assertThat(text).endsWith(".jsonl"));

        robot.interact(() -> sources.getSelectionModel().select(sources.getItems().indexOf(dataset.apply("adp_swesmith_trajectories.json"))));
        waitUntil(() -> window.browser().totalProperty().get() == 5 && table(robot).getItems().size() == 5);
        List<String> firstForm = table(robot).getItems().stream().map(SampleSummary::id).toList();
        robot.interact(() -> sources.getSelectionModel().select(
                sources.getItems().indexOf(dataset.apply("adp_swesmith_trajectories.records.jsonl"))));
        waitUntil(() -> window.browser().totalProperty().get() == 5 && table(robot).getItems().size() == 5);
        assertThat(table(robot).getItems().stream().map(SampleSummary::id).toList()).isEqualTo(firstForm);
        assertThat(robot.lookup("#sample-total").queryLabeled().getText()).isEqualTo("5 samples");
    }

    @Test
    void aColumnHiddenFromTheHeaderMenuGivesTheQuestionItsWidthAndStaysHiddenInTheNextWindow(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        double before = visibleWidth(robot);

        robot.clickOn(".show-hide-columns-button");
        javafx.scene.control.ContextMenu menu = waitForColumnMenu();
        javafx.scene.Node judgment = robot.from(menu.getScene().getRoot()).lookup(".menu-item").queryAll().stream()
                .filter(item -> robot.from(item).lookup(".label").queryAll().stream()
                        .anyMatch(label -> label instanceof javafx.scene.control.Labeled l && "Judgment".equals(l.getText())))
                .findFirst().orElseThrow();
        robot.clickOn(judgment);
        waitUntil(() -> !column(robot, "column-judgment").isVisible());
        assertThat(visibleWidth(robot)).as("the columns need less width (the question gets it where they fit)").isLessThan(before - 40);
        waitUntil(() -> library.settings().get("table.hidden-columns").orElse("").equals("column-judgment"));

        // A later window on the same library shows the same columns.
        Stage[] second = new Stage[1];
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            next[0] = new MainWindow(library, tasks, notifier, result -> {}, StudioFeatures.all());
            second[0] = new Stage();
            second[0].setScene(next[0].scene());
            second[0].show();
        });
        try {
            SampleTable other = robot.from(next[0].scene().getRoot()).lookup("#sample-table").queryAs(SampleTable.class);
            waitUntil(() -> other.getColumns().stream().filter(c -> "column-judgment".equals(c.getId())).noneMatch(c -> c.isVisible()));
            assertThat(other.getColumns().stream().filter(c -> !c.isVisible()).map(c -> c.getId()).toList())
                    .contains("column-judgment").doesNotContain("column-question", "column-verdict");
        } finally {
            robot.interact(() -> second[0].close());
        }
    }

    private double visibleWidth(FxRobot robot) {
        return table(robot).getColumns().stream().filter(c -> c.isVisible()).mapToDouble(c -> c.getWidth()).sum();
    }

    private javafx.scene.control.TableColumn<?, ?> column(FxRobot robot, String id) {
        return table(robot).getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static javafx.scene.control.ContextMenu waitForColumnMenu() throws Exception {
        waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing()));
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing())
                .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theDetailMarksTheWordsTheTableIsSearchedFor(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        robot.clickOn("#filter-text").write("Spectators");
        waitUntil(() -> window.browser().totalProperty().get() == 1 && table(robot).getItems().size() == 1);
        org.fxmisc.richtext.CodeArea area = robot.lookup("#detail-text").queryAs(org.fxmisc.richtext.CodeArea.class);
        waitUntil(() -> area.getText().contains("spectators"));

        int at = area.getText().indexOf("spectators");
        assertThat(area.getStyleOfChar(at)).contains("search-hit");
        assertThat(area.getStyleOfChar(at + "spectators".length() - 1)).contains("search-hit");

        robot.interact(() -> window.browser().textProperty().set(""));
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        assertThat(area.getStyleOfChar(area.getText().isEmpty() ? 0 : Math.min(at, area.getText().length() - 1)))
                .doesNotContain("search-hit");
    }

    @Test
    void aHasSampleShowsEveryCandidateInTheTreeWithTheChosenOneMarked(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        robot.clickOn("#kind-has_decision");
        waitUntil(() -> window.browser().totalProperty().get() == 22
                && table(robot).getItems().stream().allMatch(row -> row.kind() == SampleKind.HAS_DECISION));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));

        waitUntil(() -> treeNodes(robot).stream().anyMatch(node -> node.type() == NodeType.CANDIDATE));
        List<OutlineNode> steps = treeNodes(robot).stream().filter(node -> node.type() == NodeType.STEP).toList();
        assertThat(steps).isNotEmpty().allSatisfy(step -> {
            List<OutlineNode> options = step.children().stream().filter(n -> n.type() == NodeType.CANDIDATE).toList();
            assertThat(options).hasSizeBetween(2, 5);
            assertThat(options).filteredOn(OutlineNode::chosen).hasSize(1);
        });
        assertThat(robot.lookup("#token-summary").queryLabeled().getText()).contains("tokens (approximate)").contains("of 128K");
    }

    @Test
    void jAndKMoveThroughTheSamples(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77 && !table(robot).getSelectionModel().isEmpty());
        robot.clickOn("#trajectory-tree");

        robot.type(KeyCode.J).type(KeyCode.J);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.type(KeyCode.K);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);

        String expected = table(robot).getSelectionModel().getSelectedItem().question();
        waitUntil(() -> treeNodes(robot).stream().anyMatch(node -> node.type() == NodeType.QUESTION && node.detail().equals(expected)));
    }

    @Test
    void aNewFilterShowsItsFirstRowSelectedAtTheTopOfTheTable(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77 && !table(robot).getSelectionModel().isEmpty());
        robot.clickOn("#trajectory-tree");
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.J);
        }
        waitUntil(() -> SampleTables.firstVisibleRow(robot) == 1);

        // Another dataset of the library pane (not the shown sample's: that one would stay selected where it is).
        long shownDataset = table(robot).getSelectionModel().getSelectedItem().datasetId();
        javafx.scene.control.ListView<?> sources = robot.lookup("#library-sources").queryAs(javafx.scene.control.ListView.class);
        // The largest: one that fits the table without scrolling would be at its top anyway.
        int other = java.util.stream.IntStream.range(0, sources.getItems().size())
                .filter(i -> sources.getItems().get(i) instanceof org.trajectorystudio.app.library.LibrarySource.Dataset dataset
                        && dataset.id() != shownDataset)
                .boxed().max(java.util.Comparator.comparingLong(i ->
                        ((org.trajectorystudio.app.library.LibrarySource.Dataset) sources.getItems().get(i)).count()))
                .orElseThrow();
        robot.interact(() -> sources.getSelectionModel().select(other));

        waitUntil(() -> window.browser().totalProperty().get() < 77 && !table(robot).getItems().isEmpty()
                && table(robot).getItems().size() == window.browser().totalProperty().get());
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(SampleTables.firstVisibleRow(robot)).as("the selected first row is in view, not scrolled past").isZero();
    }

    @Test
    void theChosenSourceReadsClearlyWhetherTheListHasTheFocusOrNot(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        javafx.scene.control.ListView<?> sources = robot.lookup("#library-sources").queryAs(javafx.scene.control.ListView.class);
        // A cell's label the list keeps for measuring, or one it is re-creating, is no place to click (no scene).
        robot.clickOn(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#source-name").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(label -> onScreen(label) && label.getText().equals("All samples")).findFirst().orElseThrow()).get());
        waitUntil(sources::isFocused);
        assertThat(selectedSourceContrasts(robot)).as("focused: name and count against the selection").allMatch(ratio -> ratio >= 4.5);
        robot.clickOn("#trajectory-tree");
        waitUntil(() -> !sources.isFocused());
        // Unfocused, the row kept its strong colour while its labels went back to the plain text colour (1.8:1).
        assertThat(selectedSourceContrasts(robot)).as("unfocused: name and count against the selection").allMatch(ratio -> ratio >= 4.5);
        // Ctrl+D: the dark theme, and the chosen row still reads.
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.stylesheet());
        assertThat(selectedSourceContrasts(robot)).as("dark: name and count against the selection").allMatch(ratio -> ratio >= 4.5);
    }

    /** The WCAG contrast of the selected source row's labels (name, count) against the row's background. */
    private static List<Double> selectedSourceContrasts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> cell = robot.lookup("#library-sources .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(shown -> shown.isSelected() && !shown.isEmpty() && shown.isVisible()).findFirst().orElseThrow();
        javafx.scene.paint.Color background = (javafx.scene.paint.Color) cell.getBackground().getFills().getLast().getFill();
        return robot.from(cell).lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(label -> contrast((javafx.scene.paint.Color) label.getTextFill(), background)).toList();
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    private static double luminance(javafx.scene.paint.Color color) {
        java.util.function.DoubleUnaryOperator linear = c -> c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        return 0.2126 * linear.applyAsDouble(color.getRed()) + 0.7152 * linear.applyAsDouble(color.getGreen())
                + 0.0722 * linear.applyAsDouble(color.getBlue());
    }

    @Test
    void filteringByTextNarrowsTheTableAndCtrlFFindsInTheDetail(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        library.search().awaitCaughtUp();

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.write("ricin").type(KeyCode.ENTER);

        waitUntil(() -> window.browser().totalProperty().get() >= 1
                && table(robot).getItems().stream().allMatch(row -> row.question().toLowerCase().contains("ricin")));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitUntil(() -> treeNodes(robot).stream().anyMatch(node -> node.type() == NodeType.QUESTION && node.detail().contains("ricin")));

        robot.clickOn("#trajectory-tree");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("ricin");
        waitUntil(() -> window.trajectory().detail().matchCountProperty().get() > 0);
        assertThat(robot.lookup("#find-status").queryLabeled().getText()).matches("\\d+ of \\d+");
    }

    @Test
    void questionMarkTogglesTheShortcutHelp(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        assertThat(robot.lookup(".help-key").queryAll()).as("rows made before the overlay is shown").isEmpty();
        robot.clickOn("#trajectory-tree");
        robot.write("?");
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
        // the window's own keys and those the features described (rating, export) are all listed
        List<String> keys = robot.lookup(".help-key").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertThat(keys).contains("J / K", "Ctrl+O", "1 – 5", "Ctrl+Shift+X").hasSizeGreaterThan(Shortcuts.ALL.size());
        // one voice for every row: the window's keys and the features' keys begin in lower case alike
        List<String> descriptions = robot.lookup(".help-does").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertThat(descriptions).hasSameSizeAs(keys)
                .allSatisfy(does -> assertThat(does).as("a help row").matches("\\p{Ll}.*"));
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isFalse();
        robot.write("?");
        assertThat(robot.lookup(".help-key").queryAll()).as("shown again: no row twice").hasSameSizeAs(keys);
    }

    @Test
    void aTabBehindTheFirstJoinsTheWindowWhenItIsFirstShown(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        javafx.scene.control.TabPane inspector = InspectorTabs.inspector(robot);
        javafx.scene.control.Tab preview = InspectorTabs.find(robot, InspectorTabs.withId("preview-tab"));
        assertThat(inspector.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(inspector.getTabs().getFirst().getContent()).isNotNull();
        assertThat(preview.getContent()).isNull();
        assertThat(robot.lookup("#preview-engine").tryQuery()).isEmpty();

        robot.interact(() -> inspector.getSelectionModel().select(preview));
        assertThat(robot.lookup("#preview-engine").tryQuery()).isPresent();
        javafx.scene.Node content = preview.getContent();
        robot.interact(() -> inspector.getSelectionModel().selectFirst());
        robot.interact(() -> inspector.getSelectionModel().select(preview));
        assertThat(preview.getContent()).as("the same panel, kept").isSameAs(content);
    }
}
