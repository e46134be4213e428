package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
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
import org.trajectorystudio.app.testing.CutLabels;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.persistence.library.Library;

/**
 * The window from 1024×700 up: each pane keeps a usable width, no label is cut, at the default 1440×900 every table
 * column shows without scrolling sideways, and the side panes can be hidden from the View menu, as remembered.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        library = Library.open(Files.createTempDirectory(dir, "library"));
        tasks = new FxTasks();
        show();
    }

    private org.trajectorystudio.app.export.ExportFeature export;

    private void show() {
        List<StudioFeature> features = StudioFeatures.all();
        export = features.stream().filter(org.trajectorystudio.app.export.ExportFeature.class::isInstance)
                .map(org.trajectorystudio.app.export.ExportFeature.class::cast).findFirst().orElseThrow();
        window = new MainWindow(library, tasks, new StatusNotifier(false), result -> {}, features);
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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Lays the window's content out at a size. The headless platform's screen is 1000×1000 pixels, too small to blit
     * a window of these sizes, so the root is sized and laid out directly; the checks then read it in the same turn.
     */
    private <T> T at(FxRobot robot, double width, double height, java.util.function.Supplier<T> check) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.Parent root = window.scene().getRoot();
            for (int pass = 0; pass < 3; pass++) {
                root.resize(width, height);
                root.applyCss();
                root.layout();
            }
            result.set(check.get());
        });
        return result.get();
    }

    private SplitPane panes() {
        return (SplitPane) window.scene().lookup("#studio-root").lookup(".split-pane");
    }

    private static double width(Node node) {
        return node.getLayoutBounds().getWidth();
    }

    private CheckMenuItem viewItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return (CheckMenuItem) bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** What a click on a check item does: flip it, then its action. */
    private static void toggle(CheckMenuItem item) {
        item.setSelected(!item.isSelected());
        item.fire();
    }

    @Test
    void everyPaneKeepsItsWidthNoLabelIsCutAndTheTableFitsAtTheDefaultSize(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);
        for (double[] size : new double[][] {{1024, 700}, {1440, 900}, {1920, 1080}}) {
            String at = (int) size[0] + "×" + (int) size[1];
            List<String> problems = at(robot, size[0], size[1], () -> {
                List<String> found = new java.util.ArrayList<>();
                List<Node> items = panes().getItems();
                double[] min = {PaneLayout.LIBRARY_MIN, PaneLayout.CENTER_MIN, PaneLayout.INSPECTOR_MIN};
                String[] names = {"library pane", "table and trajectory", "inspector dock"};
                for (int i = 0; i < 3; i++) {
                    if (width(items.get(i)) < min[i] - 1) {
                        found.add(names[i] + " is " + width(items.get(i)) + " px");
                    }
                }
                CutLabels.under(robot, window.scene().getRoot()).forEach(cut -> found.add("cut: " + cut));
                double columns = table.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getWidth).sum();
                if (size[0] >= 1440 && columns > table.getWidth()) {
                    found.add("the columns take " + columns + " px of a " + table.getWidth() + " px table");
                }
                return found;
            });
            assertThat(problems).as("at " + at).isEmpty();
        }
        assertThat(table.getColumns()).filteredOn(TableColumn::isVisible).extracting(TableColumn::getText)
                .contains("Rating", "Verdict", "Labels");
    }

    @Test
    void theExportDialogAndThePreviewPaneCutNoLabelAt1024By700(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        javafx.scene.control.TabPane dock = (javafx.scene.control.TabPane) window.scene().lookup("#inspector");
        for (javafx.scene.control.Tab tab : List.copyOf(dock.getTabs())) {
            robot.interact(() -> dock.getSelectionModel().select(tab));
            List<String> cut = at(robot, 1024, 700, () -> CutLabels.under(robot, dock));
            assertThat(cut).as("cut labels in the " + tab.getText() + " tab at 1024×700").isEmpty();
        }

        robot.clickOn("#sample-table");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.X)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> export.dialog() != null && export.dialog().stage().isShowing());
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            javafx.scene.Parent root = export.dialog().stage().getScene().getRoot();
            for (int pass = 0; pass < 3; pass++) {
                root.resize(760, 660); // a dialog on a 1024×700 screen
                root.applyCss();
                root.layout();
            }
            cut.addAll(CutLabels.under(robot, root));
        });
        assertThat(cut).as("cut labels in the export dialog").isEmpty();
        robot.interact(() -> export.dialog().stage().close());
    }

    @Test
    void theViewMenuHidesTheSidePanesAndTheWindowRemembers(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        Node library = window.scene().lookup("#library-pane");
        Node inspector = window.scene().lookup("#inspector");
        assertThat(panes().getItems()).containsExactly(library, panes().getItems().get(1), inspector);
        robot.interact(() -> toggle(viewItem(robot, "menu-view-library")));
        robot.interact(() -> toggle(viewItem(robot, "menu-view-inspector")));
        assertThat(panes().getItems()).hasSize(1).doesNotContain(library, inspector);
        waitUntil(() -> "false".equals(this.library.settings().get(PaneLayout.LIBRARY_SETTING).orElse(""))
                && "false".equals(this.library.settings().get(PaneLayout.INSPECTOR_SETTING).orElse("")));

        // A new window on the library opens as it was left, and the items show it.
        robot.interact(this::show);
        waitUntil(() -> panes().getItems().size() == 1);
        assertThat(viewItem(robot, "menu-view-library").isSelected()).isFalse();
        robot.interact(() -> toggle(viewItem(robot, "menu-view-inspector")));
        waitUntil(() -> panes().getItems().size() == 2);
        assertThat(panes().getItems().getLast()).isSameAs(window.scene().lookup("#inspector"));
        assertThat(at(robot, 1024, 700, () -> width(panes().getItems().getLast()))).isGreaterThanOrEqualTo(PaneLayout.INSPECTOR_MIN - 1);
    }

    @Test
    void aQuestionOfManyLinesTakesOneLineOfTheTable(FxRobot robot) throws Exception {
        // SWE-Gym's questions are whole GitHub issues (dozens of lines); as raw cells one row filled the table.
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        robot.interact(() -> window.importFiles(List.of(
                org.trajectorystudio.app.testing.SharedData.file("external/adp_swegym_openhands_sampled_trajectories.json"))));
        waitUntil(() -> window.browser().totalProperty().get() == 82 && window.browser().rows().size() == 82);
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);

        record Row(String rawQuestion, String shown, double height) {}
        List<Row> rows = at(robot, 1440, 900, () -> {
            table.scrollTo(table.getItems().size() - 1);
            javafx.scene.Parent root = window.scene().getRoot();
            root.applyCss();
            root.layout();
            TableColumn<?, ?> question = table.getColumns().stream()
                    .filter(column -> "Question".equals(column.getText())).findFirst().orElseThrow();
            return robot.from(table).lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                    .filter(row -> row.getItem() != null && row.isVisible())
                    .map(row -> new Row(((org.trajectorystudio.persistence.query.SampleSummary) row.getItem()).question(),
                            String.valueOf(question.getCellObservableValue(row.getIndex()).getValue()), row.getHeight()))
                    .toList();
        });

        assertThat(rows).as("rows shown (one raw SWE-Gym cell filled the table)").hasSizeGreaterThanOrEqualTo(8);
        assertThat(rows).as("SWE-Gym rows among them").anyMatch(row -> row.rawQuestion().lines().count() > 10);
        assertThat(rows).allSatisfy(row -> assertThat(row.shown()).doesNotContain("\n").doesNotContain("  "));
        double lowest = rows.stream().mapToDouble(Row::height).min().orElseThrow();
        assertThat(rows).allSatisfy(row -> assertThat(row.height()).as(row.shown()).isLessThanOrEqualTo(lowest + 1));

        // Hovering a question shows it as written, line breaks and all.
        List<String[]> tooltips = at(robot, 1440, 900, () -> robot.from(table).lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(cell -> "Question".equals(cell.getTableColumn().getText()) && !cell.isEmpty()
                        && cell.getTableRow() != null && cell.getTableRow().getItem() != null)
                .map(cell -> new String[] {
                        ((org.trajectorystudio.persistence.query.SampleSummary) cell.getTableRow().getItem()).question(),
                        cell.getTooltip() == null ? null : cell.getTooltip().getText()})
                .toList());
        assertThat(tooltips).hasSizeGreaterThanOrEqualTo(8).allSatisfy(pair -> assertThat(pair[1]).isNotNull()
                .startsWith(pair[0].strip().substring(0, Math.min(40, pair[0].strip().length()))));
        assertThat(tooltips).anyMatch(pair -> pair[1].lines().count() > 10)
                .allSatisfy(pair -> assertThat(pair[1].lines().count()).as("fits a laptop screen").isLessThanOrEqualTo(21));
    }
}
