package org.trajectorystudio.persistence.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.query.SampleQuery;

class CurationTest {
    @TempDir
    Path dir;
    Library library;
    Sample original;
    String id;

    @BeforeEach
    void open() throws Exception {
        original = TestFiles.decision("Where is the Louvre?");
        id = SampleIds.contentId(original);
        library = Library.open(dir.resolve("lib"));
        library.importFile(TestFiles.write(dir.resolve("a.jsonl"), List.of(original)));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theLatestRatingOfEachTargetIsCurrent() {
        Curation curation = library.curation().as("ann");
        curation.rate(RatingTarget.sample(id), 2);
        curation.rate(RatingTarget.sample(id), 4);
        curation.rate(RatingTarget.step(id, 1), 3);
        curation.rate(RatingTarget.candidate(id, 1, 3), 1);
        curation.rate(RatingTarget.candidate(id, 1, 3), 5);
        CurationState state = curation.state(id);
        assertThat(state.rating()).isEqualTo(4);
        assertThat(state.stepRatings()).containsExactly(
                new StepRating(1, null, 3, "ann"), new StepRating(1, 3, 5, "ann"));
        assertThat(curation.history(id)).hasSize(5).allMatch(e -> e.type() == EventType.RATING);
        assertThat(library.samples().summary(id).orElseThrow().rating()).isEqualTo(4);
    }

    @Test
    void ratingsOutsideTheSampleAreRefused() {
        Curation curation = library.curation();
        assertThatThrownBy(() -> curation.rate(RatingTarget.sample(id), 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.rate(RatingTarget.step(id, 3), 3)).hasMessageContaining("has 2 steps");
        assertThatThrownBy(() -> curation.rate(RatingTarget.candidate(id, 1, 4), 3)).hasMessageContaining("3 candidates");
        assertThatThrownBy(() -> curation.rate(RatingTarget.sample("nope"), 3))
                .isInstanceOf(LibraryException.class).hasMessage("no sample with id nope");
        assertThat(curation.history(id)).isEmpty();
    }

    @Test
    void verdictLabelsAndNotesAreDerivedFromTheLog() {
        Curation curation = library.curation().as("ann");
        curation.verdict(id, Verdict.NEEDS_EDIT);
        curation.verdict(id, Verdict.ACCEPTED);
        curation.addLabel(id, "gold");
        curation.addLabel(id, "has");
        curation.addLabel(id, "gold");
        curation.removeLabel(id, "has");
        curation.note(id, "checked the Louvre answer");
        CurationState state = curation.state(id);
        assertThat(state.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(state.labels()).containsExactly("gold");
        assertThat(state.notes()).containsExactly("checked the Louvre answer");
        assertThat(curation.history(id)).extracting(CurationEvent::type).containsExactly(
                EventType.VERDICT, EventType.VERDICT, EventType.LABEL_ADD, EventType.LABEL_ADD, EventType.LABEL_ADD,
                EventType.LABEL_REMOVE, EventType.NOTE);
        assertThat(library.samples().count(SampleQuery.builder().label("has").build())).isZero();
        assertThat(library.samples().count(SampleQuery.builder().label("gold").build())).isEqualTo(1);
    }

    @Test
    void aRevisionIsStoredBesideTheOriginalWhichStaysUntouched() {
        Sample edited = original.withSteps(List.of(original.steps().get(0), original.steps().get(1),
                Step.of("one more check", new FinalAnswer("Paris"), null)));
        CurationEvent event = library.curation().revise(id, edited);
        assertThat(event.payload()).isEqualTo("{\"revision\":1}");
        assertThat(library.samples().load(id)).contains(edited.withId(id));
        assertThat(library.samples().loadRevision(id, 0)).contains(original.withId(id));
        assertThat(library.samples().loadRevision(id, 1)).contains(edited.withId(id));
        assertThat(library.samples().summary(id).orElseThrow().steps()).isEqualTo(3);
        assertThat(library.samples().summary(id).orElseThrow().revision()).isEqualTo(1);
        library.curation().revise(id, original);
        assertThat(library.curation().state(id).revision()).isEqualTo(2);
        assertThat(library.samples().loadRevision(id, 1)).contains(edited.withId(id));
        assertThat(library.samples().load(id)).contains(original.withId(id));
    }

    @Test
    void theAnnotatorComesFromTheSettingElseTheOsUser() {
        assertThat(library.curation().annotator()).isEqualTo(System.getProperty("user.name"));
        assertThat(library.curation().rate(RatingTarget.sample(id), 3).annotator()).isEqualTo(System.getProperty("user.name"));
        library.settings().setAnnotator("carol");
        assertThat(library.curation().verdict(id, Verdict.REJECTED).annotator()).isEqualTo("carol");
        assertThat(library.curation().as("dave").note(id, "x").annotator()).isEqualTo("dave");
        assertThat(library.samples().count(SampleQuery.builder().annotator("carol").build())).isEqualTo(1);
    }

    @Test
    void curationSurvivesReopening() {
        library.curation().rate(RatingTarget.sample(id), 5);
        library.curation().addLabel(id, "kept");
        library.close();
        library = Library.open(dir.resolve("lib"));
        CurationState state = library.curation().state(id);
        assertThat(state.rating()).isEqualTo(5);
        assertThat(state.labels()).containsExactly("kept");
    }
}
