package org.trajectorystudio.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.RecordingNotifier;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.SynchronousTasks;
import org.trajectorystudio.model.edit.SampleEdits;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.curation.CurationEvent;
import org.trajectorystudio.persistence.curation.EventType;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;

/** Commands, undo and redo against a real library file; every direction appends to the log. */
class CurationActionsTest {
    @TempDir
    Path dir;
    Library library;
    CurationActions actions;
    final List<String> problems = new ArrayList<>();
    final List<String> changed = new ArrayList<>();
    final Sample sample = new Sample("s1", SampleKind.TRAJECTORY, "What is 2+2?", null, null, List.of(), List.of(),
            List.of(Step.of("add", new FinalAnswer("4"), null)), Judgment.CORRECT, Map.of());

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("lib"));
        Path file = dir.resolve("s.jsonl");
        Files.writeString(file, StudioCodec.write(sample) + "\n");
        library.importFile(file);
        Notifier notifier = new RecordingNotifier(problems);
        actions = new CurationActions(library.curation(), new SynchronousTasks(), notifier, changed::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void rate(int score) {
        RatingTarget target = RatingTarget.sample("s1");
        actions.execute("rate", c -> new CurationCommand.Rate(target, CurationSnapshot.score(c.state("s1"), target), score, "sample"));
    }

    @Test
    void undoRestoresEachEarlierStateAndRedoReappliesIt() {
        rate(2);
        rate(5);
        actions.execute("verdict", c -> new CurationCommand.SetVerdict("s1", c.state("s1").verdict(), Verdict.ACCEPTED));
        Sample edited = SampleEdits.actionText(sample, 0, -1, "four");
        actions.execute("edit", c -> new CurationCommand.Revise("s1", c.latest("s1"), edited, "edit answer"));
        assertThat(actions.undoTextProperty().get()).isEqualTo("Undo edit answer");

        actions.undo();
        assertThat(library.curation().latest("s1").finalAnswer()).contains("4");
        actions.undo();
        assertThat(library.curation().state("s1").verdict()).isNull();
        actions.undo();
        assertThat(library.curation().state("s1").rating()).isEqualTo(2);
        actions.undo();
        assertThat(library.curation().state("s1").rating()).isNull();
        actions.undo();
        assertThat(problems).isEmpty();

        actions.redo();
        actions.redo();
        assertThat(library.curation().state("s1").rating()).isEqualTo(5);
        assertThat(actions.redoTextProperty().get()).isEqualTo("Redo verdict accepted");

        List<EventType> log = library.curation().history("s1").stream().map(CurationEvent::type).toList();
        assertThat(log).containsExactly(EventType.RATING, EventType.RATING, EventType.VERDICT, EventType.REVISION,
                EventType.REVISION, EventType.VERDICT_CLEAR, EventType.RATING, EventType.RATING_CLEAR,
                EventType.RATING, EventType.RATING);
        assertThat(library.curation().revisions("s1")).hasSize(3);
        assertThat(changed).hasSize(10).containsOnly("s1");
    }

    @Test
    void aNewActionAfterUndoDropsTheRedoAndAnExpectedFailureIsOneLine() {
        rate(3);
        actions.undo();
        rate(4);
        actions.redo();
        assertThat(library.curation().state("s1").rating()).isEqualTo(4);

        actions.execute("label", c -> new CurationCommand.Label("s1", "bad,label", true));
        assertThat(problems).containsExactly("a label cannot contain a comma: 'bad,label'");
        actions.undo();
        assertThat(library.curation().state("s1").rating()).isNull();
    }
}
