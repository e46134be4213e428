package org.trajectorystudio.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.BundledFiles;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/** Other trajectories for a question, through the real full-text index of a real library. */
class SameQuestionTest {
    @TempDir
    Path dir;
    Library library;
    Sample has001;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("lib"));
        has001 = BundledFiles.sample("has_decision.jsonl", "has-001");
        Sample reworded = new Sample("shouting", SampleKind.TRAJECTORY, "  THE AMERICAN co-recipient of the 2020 Nobel Prize in "
                + "Chemistry -- was born in which city?!", null, null, List.of(), List.of(),
                List.of(Step.of(null, new FinalAnswer("Washington"), null)), Judgment.UNKNOWN, Map.of());
        // Every word of the question in its thought, but another question: found by the index, dropped by the key.
        Sample quoting = new Sample("quoting", SampleKind.TRAJECTORY, "Who shared the 2020 Nobel Prize in Chemistry?", null, null,
                List.of(), List.of(), List.of(Step.of(has001.question(), new FinalAnswer("Charpentier and Doudna"), null)),
                Judgment.UNKNOWN, Map.of());
        library.importFile(BundledFiles.file("has_decision.jsonl"));
        library.importFile(BundledFiles.file("fas_planning.jsonl"));
        library.importFile(BundledFiles.write(dir.resolve("more.jsonl"),
                List.of(BundledFiles.has001Variant(has001, "has-001-b"), reworded, quoting)));
        library.search().awaitCaughtUp();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void findsTheSameQuestionWhateverItsCaseOrPunctuationButNotTheSampleItself() {
        List<SampleSummary> found = SameQuestion.find(library, "has-001", has001.question());
        assertThat(found).extracting(SampleSummary::id).containsExactly("fasp-011", "has-001-b", "shouting");
    }

    @Test
    void aQuestionAskedOnceHasNoOthers() throws Exception {
        Sample has002 = BundledFiles.sample("has_decision.jsonl", "has-002");
        assertThat(SameQuestion.find(library, "has-002", has002.question())).isEmpty();
    }

    @Test
    void aQuestionWithoutSearchableWordsFindsNothingRatherThanEverything() {
        assertThat(SameQuestion.find(library, "x", "?!")).isEmpty();
        assertThat(SameQuestion.find(library, "x", "is it the one?")).isEmpty();
    }
}
