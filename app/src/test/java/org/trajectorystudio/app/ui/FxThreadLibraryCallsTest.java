package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
import org.trajectorystudio.app.agreement.AgreementFeature;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.store.Database;

/**
 * The window never takes a library connection on the FX thread: with the guard the studio installs, a curator's round
 * (browse, rate, the agreement view, exporting and importing a curation log) reports no place that did.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadLibraryCallsTest {
    @TempDir
    static Path dir;

    private final List<String> places = new CopyOnWriteArrayList<>();
    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private AgreementFeature agreement;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
        Database.guardConnections(new FxThreadGuard(places::add));
        tasks = new FxTasks();
        List<StudioFeature> features = new java.util.ArrayList<>(StudioFeatures.all());
        agreement = features.stream().filter(AgreementFeature.class::isInstance).map(AgreementFeature.class::cast).findFirst()
                .orElseThrow();
        window = new MainWindow(library, tasks, new StatusNotifier(false), result -> {}, features);
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void close() {
        Database.guardConnections(() -> {});
        tasks.close();
        library.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCuratorsRoundTakesNoConnectionOnTheFxThread(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        robot.clickOn("#sample-table");
        robot.type(KeyCode.J, KeyCode.J);
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> library.curation().state(window.selection().currentId()).rating() != null);
        robot.interact(agreement::showAgreement);
        Path log = dir.resolve("me.jsonl");
        robot.interact(() -> agreement.logs().export(log));
        waitUntil(() -> Files.exists(log) && tasks.running().isEmpty());
        robot.interact(() -> agreement.logs().importLog(log));
        waitUntil(() -> tasks.running().isEmpty());
        assertThat(places).as("library calls on the FX thread").isEmpty();

        // The guard itself sees such a call: the test above could fail.
        robot.interact(() -> library.samples().count(SampleQuery.all()));
        assertThat(places).hasSize(1);
    }
}
