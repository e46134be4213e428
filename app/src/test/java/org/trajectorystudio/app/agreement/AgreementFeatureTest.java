package org.trajectorystudio.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.importing.BundledSamples;
import org.trajectorystudio.app.library.LibrarySource;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * Alice curates in the window's library, Bob on another laptop (a second real library with the same bundled
 * samples); Bob's exported log is imported through the window's task, and the agreement view shows the figures and
 * turns the disagreement into a review queue.
 */
@ExtendWith(ApplicationExtension.class)
class AgreementFeatureTest {
    @TempDir
    static Path dir;

    private Library library;
    private FxTasks tasks;
    private MainWindow window;
    private StatusNotifier notifier;
    private AgreementFeature feature;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory(dir, "library"));
        tasks = new FxTasks();
        notifier = new StatusNotifier(false);
        feature = new AgreementFeature();
        window = new MainWindow(library, tasks, notifier, result -> {}, List.of(feature));
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

    private static void curate(Curation curation, List<String> ids, int[] ratings, Verdict[] verdicts) {
        for (int i = 0; i < ids.size(); i++) {
            curation.rate(RatingTarget.sample(ids.get(i)), ratings[i]);
            curation.verdict(ids.get(i), verdicts[i]);
        }
    }

    private MenuItem curateItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu curate = bar.getMenus().stream().filter(menu -> menu.getText().equals("Curate")).findFirst().orElseThrow();
        return curate.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void bobsImportedLogShowsInTheAgreementViewAndItsDisagreementBecomesAReviewQueue(FxRobot robot) throws Exception {
        waitUntil(() -> window.browser().totalProperty().get() == 77);
        List<String> ids = library.samples().page(SampleQuery.all(), 3).rows().stream().map(SampleSummary::id).toList();
        curate(library.curation().as("alice"), ids, new int[] {5, 1, 4},
                new Verdict[] {Verdict.ACCEPTED, Verdict.REJECTED, Verdict.ACCEPTED});

        Path bobLog = dir.resolve("bob.jsonl");
        Path carolLog = dir.resolve("carol.jsonl");
        try (Library laptop = Library.open(Files.createTempDirectory(dir, "bob"))) {
            for (Path file : BundledSamples.extractTo(Files.createTempDirectory(dir, "bundled"))) {
                laptop.importFile(file);
            }
            curate(laptop.curation().as("bob"), ids, new int[] {4, 1, 2},
                    new Verdict[] {Verdict.ACCEPTED, Verdict.REJECTED, Verdict.REJECTED});
            laptop.curationLog().export(bobLog, "bob");
            laptop.curation().as("carol").verdict(ids.get(0), Verdict.ACCEPTED);
            laptop.curationLog().export(carolLog, "carol");
        }
        assertThat(curateItem(robot, "menu-import-log").getText()).isEqualTo("Import a curator's log…");
        assertThat(curateItem(robot, "menu-export-log").getText()).isEqualTo("Export my log…");
        robot.interact(() -> feature.logs().importLog(bobLog));
        waitUntil(() -> notifier.latestProperty().get() != null
                && notifier.latestProperty().get().text().equals("bob.jsonl: 6 events imported, 0 already known"));

        robot.interact(() -> curateItem(robot, "menu-agreement").fire());
        waitUntil(() -> robot.lookup("#agreement-kappa").tryQuery().isPresent()
                && robot.lookup("#agreement-kappa").queryLabeled().getText().startsWith("0.400"));
        // Same figures as the command-line test: κ = 0.4 and α = 153/198 ≈ 0.773 (worked out in CuratorLogCommandTest).
        assertThat(robot.lookup("#agreement-alpha").queryLabeled().getText()).startsWith("0.773   on 3 samples, 6 ratings");
        assertThat(robot.lookup("#agreement-annotators").queryLabeled().getText()).isEqualTo("2   alice, bob");
        assertThat(robot.lookup("#agreement-items").queryLabeled().getText()).isEqualTo("3");
        TableView<?> table = robot.lookup("#agreement-disagreements").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(org.trajectorystudio.app.testing.CutLabels.inShownWindows(robot)).as("labels shown cut").isEmpty();

        // A log imported while the view is open is measured again at once.
        robot.interact(() -> feature.logs().importLog(carolLog));
        waitUntil(() -> robot.lookup("#agreement-annotators").queryLabeled().getText().equals("3   alice, bob, carol"));
        assertThat(robot.lookup("#agreement-pairs").queryLabeled().getText()).contains("alice / carol  n/a on 1");

        robot.clickOn("#review-disagreements");
        waitUntil(() -> window.browser().totalProperty().get() == 1 && window.browser().rows().size() == 1);
        assertThat(window.browser().rows().getFirst().id()).isEqualTo(ids.get(2));
        waitUntil(() -> window.browser().sources().stream().anyMatch(source -> source instanceof LibrarySource.Queue queue
                && queue.queue().name().equals(AgreementViewModel.QUEUE) && queue.pending() == 1));
    }

    @Test
    void theAgreementWindowClosesWithEscAndWithItsCloseButton(FxRobot robot) throws Exception {
        robot.interact(() -> curateItem(robot, "menu-agreement").fire());
        waitUntil(() -> robot.lookup("#agreement-kappa").tryQuery().isPresent());
        Stage agreement = (Stage) robot.lookup("#agreement-kappa").query().getScene().getWindow();
        assertThat(agreement.isShowing()).isTrue();
        robot.interact(() -> javafx.event.Event.fireEvent(robot.lookup("#agreement-disagreements").query(),
                new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ESCAPE,
                        false, false, false, false)));
        assertThat(agreement.isShowing()).isFalse();

        robot.interact(() -> curateItem(robot, "menu-agreement").fire());
        waitUntil(agreement::isShowing);
        javafx.scene.control.Button close = robot.lookup("#window-close").queryButton();
        assertThat(close.getText()).isEqualTo("Close");
        robot.interact(close::fire);
        assertThat(agreement.isShowing()).isFalse();
    }
}
