package org.trajectorystudio.persistence.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/** What undo needs from the log: going back to "unrated" and "no verdict", and reading revisions with their author. */
class CurationRevertTest {
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
    void clearingARatingMakesTheTargetUnratedAndKeepsTheLog() {
        Curation curation = library.curation().as("ann");
        curation.rate(RatingTarget.sample(id), 4);
        curation.rate(RatingTarget.candidate(id, 1, 2), 3);
        curation.clearRating(RatingTarget.sample(id));
        curation.clearRating(RatingTarget.candidate(id, 1, 2));

        CurationState state = curation.state(id);
        assertThat(state.rating()).isNull();
        assertThat(state.stepRatings()).isEmpty();
        assertThat(library.samples().summary(id).orElseThrow().rating()).isNull();
        assertThat(library.samples().count(SampleQuery.builder().rated(false).build())).isEqualTo(1);
        assertThat(curation.history(id)).extracting(CurationEvent::type)
                .containsExactly(EventType.RATING, EventType.RATING, EventType.RATING_CLEAR, EventType.RATING_CLEAR);
    }

    @Test
    void clearingAVerdictLeavesNone() {
        Curation curation = library.curation();
        curation.verdict(id, Verdict.REJECTED);
        curation.clearVerdict(id);

        assertThat(curation.state(id).verdict()).isNull();
        assertThat(library.samples().summary(id).orElseThrow().verdict()).isNull();
        assertThat(curation.history(id)).extracting(CurationEvent::type).containsExactly(EventType.VERDICT, EventType.VERDICT_CLEAR);
    }

    @Test
    void revisionsListTheirAuthorAndLoadTheirContent() {
        Sample edited = new Sample(id, original.kind(), "Where is the Louvre museum?", original.answer(), original.system(),
                original.tools(), original.knowledge(), original.steps(), original.judgment(), original.metadata());
        library.curation().as("ann").revise(id, edited);
        library.curation().as("bob").revise(id, original);

        List<RevisionInfo> revisions = library.curation().revisions(id);
        assertThat(revisions).extracting(RevisionInfo::revision).containsExactly(0, 1, 2);
        assertThat(revisions).extracting(RevisionInfo::author).containsExactly(null, "ann", "bob");
        assertThat(revisions.get(2).at()).isAfterOrEqualTo(revisions.get(1).at());
        assertThat(library.curation().revision(id, 1).question()).isEqualTo("Where is the Louvre museum?");
        assertThat(library.curation().revision(id, 2)).isEqualTo(library.curation().revision(id, 0));
        assertThat(library.curation().latest(id)).isEqualTo(library.curation().revision(id, 2));
    }

    @Test
    void labelsInUseAreTheDistinctCurrentLabels() {
        Curation curation = library.curation();
        curation.addLabel(id, "gold");
        curation.addLabel(id, "check-tools");
        curation.addLabel(id, "tmp");
        curation.removeLabel(id, "tmp");

        assertThat(curation.labelsInUse()).containsExactly("check-tools", "gold");
    }
}
