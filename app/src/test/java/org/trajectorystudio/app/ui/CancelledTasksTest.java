package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.curation.CurationActions;
import org.trajectorystudio.app.curation.CurationCommand;
import org.trajectorystudio.app.curation.CurationSnapshot;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.app.ui.task.TaskHandle;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/** A task cancelled from the status bar still says what it did, and what it wrote stays reachable (table, Undo). */
@ExtendWith(ApplicationExtension.class)
class CancelledTasksTest {
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
        window = new MainWindow(library, tasks, notifier, result -> {});
        stage.setScene(window.scene());
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        library.close();
    }

    private static Sample sample(int i) {
        return new Sample("s" + i, SampleKind.TRAJECTORY, "Question number " + i + " about the Derby?", null, null, List.of(), List.of(),
                List.of(Step.of("answer " + i, new FinalAnswer("Epsom " + i), null)), Judgment.CORRECT, Map.of());
    }

    @Test
    void anImportCancelledFromTheStatusBarReportsWhatItImportedAndTheTableShowsIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("many.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 150_000; i++) {
            lines.append(StudioCodec.write(sample(i))).append('\n');
        }
        Files.writeString(file, lines);
        // The curator presses the status bar's Cancel as soon as the first batch is reported (fired: the headless screen
        // is narrower than the window, where the button sits); an import this small is otherwise done within a second.
        robot.interact(() -> {
            tasks.running().addListener((ListChangeListener<TaskHandle>) change -> {
                while (change.next()) {
                    change.getAddedSubList().stream().filter(task -> task.title().startsWith("Importing")).forEach(task ->
                            task.messageProperty().addListener((obs, old, now) -> {
                                if (!now.isEmpty() && !task.isCancelled()) {
                                    robot.lookup("#task-cancel").queryButton().fire();
                                }
                            }));
                }
            });
            window.importFiles(List.of(file));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notifier.latestProperty().get().text().contains("cancelled"));
        long stored = library.samples().count(SampleQuery.all());
        assertThat(stored).isPositive().isLessThan(150_000);
        assertThat(notifier.latestProperty().get().text()).contains(String.format(java.util.Locale.ROOT, "%,d imported", stored));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.browser().totalProperty().get() == stored);
    }

    @Test
    void aCurationCommandCancelledAfterItWasAppliedCanStillBeUndone(FxRobot robot) throws Exception {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, StudioCodec.write(sample(1)) + "\n");
        library.importFile(file);
        List<String> messages = new ArrayList<>();
        CurationActions actions = new CurationActions(library.curation(), tasks, notifier, id -> messages.add(id));
        // The curator presses Cancel as the rating is written: the command ignores it and applies.
        tasks.running().addListener((ListChangeListener<TaskHandle>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TaskHandle::cancel);
            }
        });
        RatingTarget target = RatingTarget.sample("s1");
        robot.interact(() -> actions.execute("rate", c -> new CurationCommand.Rate(target,
                CurationSnapshot.score(c.state("s1"), target), 4, "sample")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> library.curation().state("s1").rating() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> actions.undoTextProperty().get().startsWith("Undo rate"));
        robot.interact(actions::undo);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> library.curation().state("s1").rating() == null);
        assertThat(messages).containsOnly("s1");
    }
}
