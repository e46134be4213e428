package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.SynchronousTasks;

/** Messages leave the status bar after a while; an error does not stay for as long as the window is open. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private final StatusNotifier notifier = new StatusNotifier(false);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StatusBar(notifier, new SynchronousTasks(), Duration.millis(200), Duration.millis(600)), 600, 40));
        stage.show();
    }

    private static String shown(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void anErrorExpiresAfterItsTimeAndTheSameErrorShowsAgainWhenItRecurs(FxRobot robot) throws Exception {
        robot.interact(() -> notifier.problem("Cannot import a.jsonl: no such file"));
        assertThat(shown(robot)).isEqualTo("Cannot import a.jsonl: no such file");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getStyleClass()).contains("status-problem");
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).as("a problem stays longer than a notice").isNotEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot).isEmpty());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getStyleClass()).doesNotContain("status-problem");

        robot.interact(() -> notifier.problem("Cannot import a.jsonl: no such file"));
        assertThat(shown(robot)).isEqualTo("Cannot import a.jsonl: no such file");
        robot.interact(() -> notifier.info("Imported b.jsonl"));
        assertThat(shown(robot)).isEqualTo("Imported b.jsonl");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot).isEmpty());
    }

    @Test
    void aMessageTakesTheWholeLineWhileNoTaskRunsAndShowsWholeOnHover(FxRobot robot) {
        String fits = "More like this: 4 samples like hamlet; closest hamlet-again (1.000), everest (0.237)"; // ~520 px
        robot.interact(() -> notifier.info(fits));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        assertThat(org.trajectorystudio.app.testing.CutLabels.under(robot, message.getParent())).as("in a 600 px line").isEmpty();

        String longer = "Cannot import /home/curator/data/runs/2026-12-04/very/long/path/trajectories-of-the-night.jsonl: "
                + "the disk is full (2 MB left)";
        robot.interact(() -> notifier.problem(longer));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getTooltip()).isNotNull();
        assertThat(message.getTooltip().getText()).isEqualTo(longer);
    }
}
