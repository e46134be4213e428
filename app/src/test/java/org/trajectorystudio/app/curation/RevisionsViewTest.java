package org.trajectorystudio.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.SynchronousTasks;
import org.trajectorystudio.persistence.curation.RevisionInfo;
import org.trajectorystudio.persistence.library.Library;

/** The revision list keeps the curator's selection when the window re-reads the same revisions. */
@ExtendWith(ApplicationExtension.class)
class RevisionsViewTest {
    @TempDir
    static Path dir;

    private Library library;
    private RevisionsView view;
    private final List<RevisionInfo> twoRevisions = List.of(RevisionInfo.original(),
            new RevisionInfo(1, "alice", Instant.parse("2026-12-02T06:00:00Z")));
    private final List<RevisionInfo> threeRevisions = List.of(RevisionInfo.original(),
            new RevisionInfo(1, "alice", Instant.parse("2026-12-02T06:00:00Z")),
            new RevisionInfo(2, "alice", Instant.parse("2026-12-02T06:01:00Z")));

    @Start
    void start(Stage stage) {
        library = Library.open(dir.resolve("library"));
        view = new RevisionsView(library.curation(), new SynchronousTasks(), new StatusNotifier(false), () -> "t1", revision -> {});
        stage.setScene(new Scene(view, 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aRefreshOfTheSameRevisionsKeepsTheSelectedOneAndANewRevisionIsSelected(FxRobot robot) {
        robot.interact(() -> view.show(twoRevisions));
        assertThat(view.list().getSelectionModel().getSelectedItem().revision()).isEqualTo(1);
        robot.interact(() -> view.list().getSelectionModel().select(0));
        robot.interact(() -> view.show(List.copyOf(twoRevisions))); // the window re-read the sample's curation
        assertThat(view.list().getSelectionModel().getSelectedItem().revision()).as("the curator's choice").isZero();
        robot.interact(() -> view.show(threeRevisions)); // a new revision: shown at once
        assertThat(view.list().getSelectionModel().getSelectedItem().revision()).isEqualTo(2);
    }
}
