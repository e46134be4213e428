package org.trajectorystudio.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.trajectorystudio.app.library.LibrarySource;
import org.trajectorystudio.app.library.ReviewQueue;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.testing.SampleTables;
import org.trajectorystudio.app.testing.TreeNodes;
import org.trajectorystudio.app.trajectory.NodeType;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.StudioFeatures;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.curation.EventType;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The review loop as a curator drives it by keys, on a real library file with real background tasks: every key lands
 * on the sample the table and tree show, queues advance, a write that changes nothing is not written, and undo says
 * what it took back and where.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewLoopTest {
    private static final int SAMPLES = 60;

    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private StatusNotifier notifier;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
        Path file = Files.createTempFile(dir, "samples", ".jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            lines.add(StudioCodec.write(new Sample("s" + i, SampleKind.TRAJECTORY, "Which Nobel laureate number " + i + " was first?",
                    null, null, List.of(), List.of(), List.of(Step.of("think " + i, new FinalAnswer("answer " + i), null)),
                    Judgment.CORRECT, Map.of())));
        }
        Files.write(file, lines);
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

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
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

    private String selectedId(FxRobot robot) {
        SampleSummary row = table(robot).getSelectionModel().getSelectedItem();
        return row == null ? null : row.id();
    }

    /** Selects the row of {@code id} (scrolled into view), waits for its tree and puts the focus on the tree. */
    private void open(FxRobot robot, String id) throws Exception {
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.id().equals(id)));
        robot.interact(() -> {
            int index = window.browser().indexOf(id);
            table(robot).scrollTo(index);
        });
        TreeNodes.showSample(robot, window, id);
        robot.interact(() -> TreeNodes.tree(robot).requestFocus());
    }

    private void showQueue(FxRobot robot, String name) throws Exception {
        ReviewQueue queue = ReviewQueue.DEFAULTS.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> window.browser().sourceProperty().set(new LibrarySource.Queue(queue, 0, 0)));
        waitUntil(() -> !window.browser().loadingProperty().get() && !table(robot).getItems().isEmpty());
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    @Test
    void aWholeSampleRatingAndVerdictKeepTheRowTheTreeNodeAndTheScrollPosition(FxRobot robot) throws Exception {
        open(robot, "s40");
        TreeItem<OutlineNode> root = TreeNodes.tree(robot).getSelectionModel().getSelectedItem();
        int top = SampleTables.firstVisibleRow(robot);
        assertThat(top).isGreaterThan(20);
        robot.type(KeyCode.K);
        waitUntil(() -> "s39".equals(window.selection().sampleId()));
        robot.interact(() -> TreeNodes.tree(robot).requestFocus());
        TreeItem<OutlineNode> shown = TreeNodes.tree(robot).getSelectionModel().getSelectedItem();
        int scrolled = SampleTables.firstVisibleRow(robot);

        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> Integer.valueOf(4).equals(row(robot, "s39").rating()));
        robot.type(KeyCode.A);
        waitUntil(() -> row(robot, "s39").verdict() == Verdict.ACCEPTED);

        assertThat(selectedId(robot)).isEqualTo("s39");
        assertThat(window.selection().sampleId()).isEqualTo("s39");
        assertThat(TreeNodes.tree(robot).getSelectionModel().getSelectedItem()).isSameAs(shown);
        assertThat(SampleTables.firstVisibleRow(robot)).isEqualTo(scrolled);
        assertThat(library.curation().state("s0").verdict()).isNull();
        assertThat(library.curation().state("s39").verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(library.curation().state("s39").rating()).isEqualTo(4);
        assertThat(root).isNotNull();

        robot.type(KeyCode.L).write("hard-case").type(KeyCode.ENTER);
        waitUntil(() -> row(robot, "s39").labels().contains("hard-case"));
        assertThat(selectedId(robot)).isEqualTo("s39");
        assertThat(SampleTables.firstVisibleRow(robot)).isEqualTo(scrolled);

        // The keys are back where they were: J goes to the next sample (it was typed into the label field).
        robot.type(KeyCode.J);
        waitUntil(() -> !"s39".equals(selectedId(robot)));
        assertThat(robot.lookup("#label-field").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
    }

    @Test
    void aJudgedSampleLeavesTheQueueAndTheNextRowIsSelected(FxRobot robot) throws Exception {
        showQueue(robot, "Unreviewed");
        waitUntil(() -> window.browser().totalProperty().get() == SAMPLES);
        open(robot, "s3");

        robot.type(KeyCode.A);
        waitUntil(() -> window.browser().indexOf("s3") < 0);
        assertThat(selectedId(robot)).isEqualTo("s4");
        waitUntil(() -> "s4".equals(window.selection().sampleId()));
        assertThat(window.browser().totalProperty().get()).isEqualTo(SAMPLES - 1);
        waitUntil(() -> window.browser().sources().stream().anyMatch(s -> s instanceof LibrarySource.Queue q
                && q.queue().name().equals("Unreviewed") && q.pending() == SAMPLES - 1));

        // The next key lands on the row now selected, even before its tree is read.
        robot.type(KeyCode.R);
        waitUntil(() -> window.browser().indexOf("s4") < 0);
        assertThat(library.curation().state("s4").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(library.curation().state("s3").verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(selectedId(robot)).isEqualTo("s5");

        // N then A, N then R: two samples, one verdict each. The queue moved on to s5 by itself, so N offers s5 (not
        // looked at yet), then s6; never a sample the queue no longer holds.
        robot.interact(() -> TreeNodes.tree(robot).requestFocus());
        robot.type(KeyCode.N).type(KeyCode.A).type(KeyCode.N).type(KeyCode.R);
        waitUntil(() -> library.curation().state("s5").verdict() != null && library.curation().state("s6").verdict() != null);
        assertThat(library.curation().state("s5").verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(library.curation().state("s6").verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(library.curation().history("s5")).extracting(e -> e.type()).containsExactly(EventType.VERDICT);
        assertThat(library.curation().history("s6")).extracting(e -> e.type()).containsExactly(EventType.VERDICT);
        assertThat(library.curation().state("s7").verdict()).isNull();
        waitUntil(() -> "s7".equals(selectedId(robot)));
    }

    @Test
    void pressingTheSameVerdictAgainWritesNothing(FxRobot robot) throws Exception {
        open(robot, "s2");
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.A);
        }
        waitUntil(() -> row(robot, "s2").verdict() == Verdict.ACCEPTED && tasks.running().isEmpty());
        waitUntil(() -> notifier.latestProperty().get().text().startsWith("Unchanged"));
        assertThat(library.curation().history("s2")).hasSize(1);
        robot.type(KeyCode.DIGIT3).type(KeyCode.DIGIT3);
        waitUntil(() -> Integer.valueOf(3).equals(row(robot, "s2").rating()) && tasks.running().isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(library.curation().history("s2")).hasSize(2);
    }

    @Test
    void undoSaysWhatItUndidAndOnWhichSampleAndSelectsIt(FxRobot robot) throws Exception {
        open(robot, "s1");
        robot.type(KeyCode.L).write("hard-case").type(KeyCode.ENTER);
        waitUntil(() -> row(robot, "s1").labels().contains("hard-case"));
        open(robot, "s5");
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> Integer.valueOf(2).equals(row(robot, "s5").rating()));

        ctrl(robot, KeyCode.Z);
        waitUntil(() -> row(robot, "s5").rating() == null);
        assertThat(notifier.latestProperty().get().text()).isEqualTo("Undid: rate whole sample 2 on ‘Which Nobel laureate…’");
        assertThat(selectedId(robot)).isEqualTo("s5");

        ctrl(robot, KeyCode.Z);
        waitUntil(() -> row(robot, "s1").labels().isEmpty());
        waitUntil(() -> "s1".equals(selectedId(robot)) && "s1".equals(window.selection().sampleId()));
        assertThat(notifier.latestProperty().get().text()).isEqualTo("Undid: label hard-case on ‘Which Nobel laureate…’");
    }
}
