package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trajectorystudio.app.testing.ScriptedFileDialogs;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.app.testing.StudioWindow;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/** The window's menus ask their files through one seam: File → Open… and Curate → Export my log… answered by a test. */
@ExtendWith(ApplicationExtension.class)
class FileDialogsTest {
    @TempDir
    static Path dir;

    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private StudioWindow studio;
    private Library library;
    private FxTasks tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioWindow.show(stage, Files.createTempDirectory(dir, "library"));
        library = studio.library();
        tasks = studio.tasks();
        window = studio.window();
        window.useFileDialogs(files);
    }

    @AfterEach
    void close() {
        studio.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        StudioWindow.waitUntil(condition);
    }

    private MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void openImportsTheChosenFileAndExportMyLogWritesWhereTheCuratorSaid(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        Path webdancer = dir.resolve("webdancer.jsonl");
        Files.copy(SharedData.file("webdancer_sample_traj.jsonl"), webdancer);
        files.answer(webdancer);
        robot.interact(() -> item(robot, "menu-open").fire());
        waitUntil(() -> window.browser().totalProperty().get() == 277);
        assertThat(files.asked().getLast().title()).isEqualTo("Open trajectories");

        // Cancelled: nothing is imported and nothing else is asked.
        robot.interact(() -> item(robot, "menu-open").fire());
        assertThat(files.asked()).hasSize(2);

        String id = library.samples().page(SampleQuery.all(), 1).rows().getFirst().id();
        library.curation().verdict(id, Verdict.ACCEPTED);
        Path log = dir.resolve("my-log.jsonl");
        files.answer(log);
        robot.interact(() -> item(robot, "menu-export-log").fire());
        waitUntil(() -> Files.exists(log) && tasks.running().isEmpty());
        assertThat(files.asked().getLast().fileName()).endsWith("-curation.jsonl");
        assertThat(Files.readAllLines(log)).anySatisfy(line -> assertThat(line).contains(id).contains("accepted"));
        assertThat(List.copyOf(files.asked())).hasSize(3);
    }
}
