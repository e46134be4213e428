package org.trajectorystudio.app.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.testing.TreeNodes;
import org.trajectorystudio.app.testing.StudioWindow;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.judge.Suggestions;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/** The judge's suggestion beside the curator's verdict, and T to take it (undoable). */
@ExtendWith(ApplicationExtension.class)
class JudgeWindowTest {
    @TempDir
    static Path dir;

    private static Path libraryDir;
    private StudioWindow studio;
    private Library library;
    private MainWindow window;

    @BeforeAll
    static void fillLibrary() throws Exception {
        libraryDir = Files.createTempDirectory(dir, "library");
        try (Library filling = Library.open(libraryDir)) {
            filling.importFile(Files.writeString(Files.createTempFile(dir, "in", ".jsonl"),
                    org.trajectorystudio.app.flags.FlagsWindowTestSamples.SAMPLES));
            filling.curation().as(Suggestions.annotator("m1")).suggest("wrong-1",
                    Suggestions.payload("answer-correct", "m1", null).put("verdict", "rejected").put("reply", "VERDICT: incorrect"));
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

    private static String judgeCell(SampleTable table, String id) {
        TableColumn<SampleSummary, ?> column = table.getColumns().stream()
                .filter(c -> "column-judge".equals(c.getId())).findFirst().orElseThrow();
        SampleSummary row = table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return String.valueOf(column.getCellObservableValue(row).getValue());
    }

    @Test
    void theJudgesVerdictStandsBesideTheCuratorsAndTTakesIt(FxRobot robot) throws Exception {
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);
        waitUntil(() -> table.getItems().size() == 3);
        waitUntil(() -> judgeCell(table, "wrong-1").equals("rejected (judge:m1)"));
        assertThat(judgeCell(table, "loop-1")).isEmpty();
        assertThat(library.curation().state("wrong-1").verdict()).as("a suggestion is not a verdict").isNull();

        TreeNodes.showSample(robot, window, "wrong-1");
        robot.interact(table::requestFocus);
        robot.type(KeyCode.T);
        waitUntil(() -> library.curation().state("wrong-1").verdict() == Verdict.REJECTED);
        assertThat(library.curation().history("wrong-1").getLast().annotator()).doesNotStartWith("judge:");
        assertThat(org.trajectorystudio.app.testing.CutLabels.inShownWindows(robot)).as("labels shown cut").isEmpty();
    }
}
