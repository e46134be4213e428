package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.Main;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The window and a CLI process (its own JVM) on one library at once, as a researcher scripts beside the open studio:
 * the CLI is not refused by the file lock, and what it writes shows in the open window within seconds.
 */
@ExtendWith(ApplicationExtension.class)
class WindowAndCliTest {
    @TempDir
    static Path dir;

    private static Path libraryDir;
    private static Library library;
    private FxTasks tasks;
    private MainWindow window;

    private static Sample sample(String id, String question) {
        return new Sample(id, SampleKind.TRAJECTORY, question, null, null, List.of(), List.of(),
                List.of(Step.of(null, new FinalAnswer("4"), null)), Judgment.CORRECT, Map.of());
    }

    /** Opened before the window starts (off the FX thread, which a loaded machine would keep past TestFX's setup limit). */
    @org.junit.jupiter.api.BeforeAll
    static void openLibrary() throws Exception {
        libraryDir = Files.createTempDirectory(dir, "library");
        library = Library.open(libraryDir);
        Path file = dir.resolve("first.jsonl");
        Files.write(file, List.of(StudioCodec.write(sample("w1", "What is 2+2?")), StudioCodec.write(sample("w2", "What is 3+1?"))));
        library.importFile(file);
    }

    @Start
    void start(Stage stage) throws Exception {
        tasks = new FxTasks();
        window = new MainWindow(library, tasks, new StatusNotifier(false), result -> {}, StudioFeatures.all());
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close() {
        window.stop();
        tasks.close();
    }

    @org.junit.jupiter.api.AfterAll
    static void closeLibrary() {
        library.close();
    }

    private record Run(int exit, String out, String err) {}

    /** {@code ./studio ARGS} in a child JVM with the test classpath. */
    private static Run cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private SampleSummary row(String id) {
        return window.browser().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void aCliRateAndImportBesideTheOpenWindowWorkAndShowInIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> row("w1") != null);

        Run query = cli("--library", libraryDir.toString(), "query", "--limit", "5", "--json");
        assertThat(query.exit()).as(query.err()).isZero();
        assertThat(query.out()).contains("\"w1\"");

        Run rate = cli("--library", libraryDir.toString(), "rate", "w1", "4");
        assertThat(rate.exit()).as(rate.err()).isZero();
        // Polled once a second: shown well within the few seconds a researcher would wait (here on a loaded machine).
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> row("w1") != null && Integer.valueOf(4).equals(row("w1").rating()));

        Path more = dir.resolve("more.jsonl");
        Files.write(more, List.of(StudioCodec.write(sample("w3", "What is 5-1?"))));
        Run imported = cli("--library", libraryDir.toString(), "import", more.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> row("w3") != null);
        assertThat(library.samples().load("w3")).isPresent();
        assertThat(library.samples().load("w1")).isPresent();
    }
}
