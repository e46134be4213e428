package org.trajectorystudio.app.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trajectorystudio.app.library.BrowserModel;
import org.trajectorystudio.app.library.LibrarySource;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.testing.ScriptedDialogs;
import org.trajectorystudio.app.testing.TreeNodes;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.testing.StudioWindow;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/** Flags in the window: the column, the chip, the Flagged queue, reasons in tree and detail, switches in the menu. */
@ExtendWith(ApplicationExtension.class)
class FlagsWindowTest {
    @TempDir
    static Path dir;

    private StudioWindow studio;
    private Library library;
    private MainWindow window;

    static final String SAMPLES = FlagsWindowTestSamples.SAMPLES;

    private static Path libraryDir;

    /** Imported before the window starts (off the FX thread, whose setup has a time limit). */
    @BeforeAll
    static void fillLibrary() throws Exception {
        libraryDir = Files.createTempDirectory(dir, "library");
        try (Library filling = Library.open(libraryDir)) {
            filling.importFile(Files.writeString(Files.createTempFile(dir, "flags", ".jsonl"), SAMPLES));
            filling.flags().awaitCaughtUp();
        }
    }

    @Start
    void start(Stage stage) {
        studio = StudioWindow.show(stage, libraryDir);
        library = studio.library();
        window = studio.window();
    }

    @AfterEach
    void close() {
        studio.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        StudioWindow.waitUntil(condition);
    }

    @SuppressWarnings("unchecked")
    private static String flagsCell(SampleTable table, String id) {
        TableColumn<SampleSummary, ?> column = table.getColumns().stream()
                .filter(c -> "column-flags".equals(c.getId())).findFirst().orElseThrow();
        SampleSummary row = table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        Object value = column.getCellObservableValue(row).getValue();
        return ((List<org.trajectorystudio.model.flags.QualityFlag>) value).stream().map(f -> f.kind().label()).toList().toString();
    }

    @Test
    void theColumnTheChipTheQueueTheReasonsAndTheSwitches(FxRobot robot) throws Exception {
        BrowserModel browser = window.browser();
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);
        waitUntil(() -> browser.totalProperty().get() == 3 && table.getItems().size() == 3);
        waitUntil(() -> flagsCell(table, "loop-1").equals("[Repeated call]"));
        assertThat(flagsCell(table, "wrong-1")).isEqualTo("[Answer mismatch]");
        assertThat(flagsCell(table, "clean-1")).isEqualTo("[]");

        robot.clickOn("#flag-chip");
        waitUntil(() -> browser.totalProperty().get() == 2 && table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(SampleSummary::id).containsExactly("loop-1", "wrong-1");
        robot.clickOn("#flag-chip");
        waitUntil(() -> browser.totalProperty().get() == 3);

        // The Flagged queue in the library pane, with its progress (2 flagged, both unreviewed).
        ListView<LibrarySource> sources = robot.lookup("#library-sources").queryListView();
        waitUntil(() -> sources.getItems().stream().anyMatch(s -> s instanceof LibrarySource.Queue q
                && q.queue().name().equals(BrowserModel.FLAGGED) && q.total() == 2));
        robot.interact(() -> sources.getSelectionModel().select(sources.getItems().stream()
                .filter(s -> s instanceof LibrarySource.Queue q && q.queue().name().equals(BrowserModel.FLAGGED))
                .findFirst().orElseThrow()));
        waitUntil(() -> table.getItems().size() == 2 && browser.totalProperty().get() == 2);

        // The reason in the tree (a Flags node, and under the step it names) and in the detail pane.
        TreeNodes.showSample(robot, window, "loop-1");
        List<OutlineNode> nodes = TreeNodes.tree(robot).getRoot().getValue().flatten().toList();
        assertThat(nodes).anyMatch(n -> n.type() == NodeType.FLAG && n.title().startsWith("Flags · Repeated call"));
        OutlineNode step2 = nodes.stream().filter(n -> n.type() == NodeType.STEP && n.title().startsWith("⚑ ")).findFirst().orElseThrow();
        assertThat(step2.ref().step()).isEqualTo(1);
        assertThat(step2.children().getFirst().type()).isEqualTo(NodeType.FLAG);
        TreeNodes.select(robot, n -> n.type() == NodeType.FLAG && n.title().startsWith("⚑ Repeated call"));
        CodeArea detail = robot.lookup("#detail-text").queryAs(CodeArea.class);
        waitUntil(() -> detail.getText().contains("step 2 repeats the search call"));
        assertThat(org.trajectorystudio.app.testing.CutLabels.inShownWindows(robot)).as("labels shown cut").isEmpty();

        // Switched off in the Flags menu: saved in the library, gone from the queue and the column.
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().filter(m -> m.getText().equals("Flags")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> ("flag-kind-" + FlagKind.REPEATED_CALL.wireName()).equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            ((CheckMenuItem) item).setSelected(false);
            item.fire();
        });
        waitUntil(() -> browser.totalProperty().get() == 1 && table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().id()).isEqualTo("wrong-1");
        assertThat(library.flags().settings().enabled()).doesNotContain(FlagKind.REPEATED_CALL);
    }

    @Test
    void theThresholdPromptSavesWhatIsTypedWhileACancelOrNonsenseKeepsTheOldOne(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 3);
        FlagSettings before = library.flags().settings();
        MenuItem threshold = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "menu-flag-threshold".equals(item.getId()))
                .findFirst().orElseThrow();
        ScriptedDialogs dialogs = new ScriptedDialogs().cancel().type("not a number").type("0.25");
        robot.interact(() -> window.useDialogs(dialogs));
        try {
            robot.interact(threshold::fire);
            assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
                assertThat(asked.question().title()).isEqualTo("Answer F1 threshold");
                assertThat(asked.offered()).containsExactly(String.format(java.util.Locale.ROOT, "%.2f", before.answerF1Threshold()));
            });
            assertThat(library.flags().settings()).isEqualTo(before);

            robot.interact(threshold::fire);
            waitUntil(() -> studio.notifier().latestProperty().get() != null
                    && studio.notifier().latestProperty().get().text().equals("Not a threshold between 0 and 1: not a number"));
            assertThat(library.flags().settings()).isEqualTo(before);

            robot.interact(threshold::fire);
            waitUntil(() -> library.flags().settings().answerF1Threshold() == 0.25);
            assertThat(library.flags().settings().enabled()).isEqualTo(before.enabled());
            waitUntil(() -> window.browser().flagSettingsProperty().get().answerF1Threshold() == 0.25);
            assertThat(dialogs.asked()).hasSize(3);
        } finally {
            library.flags().save(before); // the library is shared by this class's tests
        }
    }
}
