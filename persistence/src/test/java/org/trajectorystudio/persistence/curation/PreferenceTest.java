package org.trajectorystudio.persistence.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** Pairwise preferences in the curation log, on a real library file. */
class PreferenceTest {
    @TempDir
    Path dir;
    Library library;
    String a;
    String b;

    @BeforeEach
    void open() throws Exception {
        Sample first = TestFiles.decision("Where is the Louvre?");
        Sample second = TestFiles.decision("Where is the Prado?");
        a = SampleIds.contentId(first);
        b = SampleIds.contentId(second);
        library = Library.open(dir.resolve("lib"));
        library.importFile(TestFiles.write(dir.resolve("a.jsonl"), List.of(first, second)));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aPreferenceIsLoggedOnTheLeftSampleWithBothRevisionsResolved() {
        Curation curation = library.curation().as("ann");
        curation.revise(b, library.samples().load(b).orElseThrow());
        CurationEvent event = curation.prefer(RevisionRef.latest(a), RevisionRef.latest(b), PreferenceOutcome.RIGHT, " shorter ");

        assertThat(event.type()).isEqualTo(EventType.PREFERENCE);
        assertThat(event.payload()).isEqualTo("{\"left\":\"" + a + "\",\"leftRevision\":0,\"right\":\"" + b
                + "\",\"rightRevision\":1,\"outcome\":\"right\",\"reason\":\"shorter\"}");
        assertThat(curation.history(a)).extracting(CurationEvent::type).containsExactly(EventType.PREFERENCE);
        assertThat(curation.preferences()).singleElement().satisfies(preference -> {
            assertThat(preference.left()).isEqualTo(new RevisionRef(a, 0));
            assertThat(preference.right()).isEqualTo(new RevisionRef(b, 1));
            assertThat(preference.outcome()).isEqualTo(PreferenceOutcome.RIGHT);
            assertThat(preference.reason()).isEqualTo("shorter");
            assertThat(preference.annotator()).isEqualTo("ann");
        });
    }

    @Test
    void twoRevisionsOfOneSampleMayBeCompared() {
        Curation curation = library.curation();
        curation.revise(a, library.samples().load(a).orElseThrow());
        curation.prefer(new RevisionRef(a, 0), RevisionRef.latest(a), PreferenceOutcome.TIE, null);
        assertThat(curation.preferences()).singleElement().satisfies(preference -> {
            assertThat(preference.left()).isEqualTo(new RevisionRef(a, 0));
            assertThat(preference.right()).isEqualTo(new RevisionRef(a, 1));
            assertThat(preference.reason()).isEmpty();
        });
    }

    @Test
    void aSideAgainstItselfOrAMissingRevisionIsRefusedAndLogsNothing() {
        Curation curation = library.curation();
        assertThatThrownBy(() -> curation.prefer(RevisionRef.latest(a), new RevisionRef(a, 0), PreferenceOutcome.LEFT, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different trajectories");
        assertThatThrownBy(() -> curation.prefer(RevisionRef.latest(a), new RevisionRef(b, 3), PreferenceOutcome.LEFT, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has revisions 0 to 0, not 3");
        assertThat(curation.preferences()).isEmpty();
        assertThat(curation.history(a)).isEmpty();
    }

    @Test
    void outcomesReadTheirWireNames() {
        assertThat(PreferenceOutcome.fromWireName("tie")).isEqualTo(PreferenceOutcome.TIE);
        assertThatThrownBy(() -> PreferenceOutcome.fromWireName("both")).hasMessageContaining("left, right or tie");
    }
}
