package org.trajectorystudio.persistence.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.similar.SimilarityService.Neighbour;

/** Vectors in a real library's Lucene index: neighbours, persistence across opens, model change, revisions, imports. */
class SimilarityServiceTest {
    @TempDir
    Path dir;

    private Path input() throws Exception {
        return TestFiles.write(dir.resolve("in.jsonl"), List.of(
                TestFiles.searchTrajectory("who wrote the play hamlet", "search it", "search", "William Shakespeare", Judgment.CORRECT).withId("hamlet"),
                TestFiles.searchTrajectory("capital city of peru", "look it up", "search", "Lima", Judgment.CORRECT).withId("peru"),
                // the same question and answer as "hamlet", reached another way: the same text, so the same vector
                TestFiles.searchTrajectory("who wrote the play hamlet", "try the library", "visit", "William Shakespeare", Judgment.CORRECT).withId("hamlet-again"),
                TestFiles.searchTrajectory("who wrote the play macbeth", "search it", "search", "William Shakespeare", Judgment.CORRECT).withId("macbeth"),
                TestFiles.searchTrajectory("", "nothing asked", "search", "", Judgment.UNKNOWN).withId("blank")));
    }

    @Test
    void aSampleIsItsOwnNearestAnExactDuplicateRanksFirstAndSharedWordsComeBeforeNone() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importFile(input());
            library.similar().use(new WordHashEmbedder("words-a", 1));
            assertThat(library.similar().backlog()).isEqualTo(5);
            library.similar().awaitCaughtUp(done -> { });
            assertThat(library.similar().backlog()).isZero();
            assertThat(library.similar().embedded()).isEqualTo(4); // "blank" has no text to compare

            float[] own = library.similar().vector("hamlet").orElseThrow();
            List<Neighbour> nearest = library.similar().nearest(own, 5);
            assertThat(nearest.getFirst().score()).isCloseTo(1.0, within(1e-5));
            assertThat(nearest.subList(0, 2)).extracting(Neighbour::id).containsExactlyInAnyOrder("hamlet", "hamlet-again");

            List<Neighbour> similar = library.similar().similar("hamlet", 3);
            assertThat(similar).extracting(Neighbour::id).containsExactly("hamlet-again", "macbeth", "peru");
            assertThat(similar.get(0).score()).isCloseTo(1.0, within(1e-5));
            assertThat(similar.get(1).score()).isBetween(0.5, 0.99); // shares "who wrote the play … william shakespeare"
            assertThat(similar.get(2).score()).isLessThan(similar.get(1).score());
            assertThatThrownBy(() -> library.similar().similar("blank", 3)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("no question or answer text");
        }
    }

    @Test
    void vectorsSurviveAReopenAndAnotherModelRebuildsTheIndex() throws Exception {
        Path lib = dir.resolve("lib");
        float[] before;
        try (Library library = Library.open(lib)) {
            library.importFile(input());
            library.similar().use(new WordHashEmbedder("words-a", 1));
            library.similar().awaitCaughtUp(done -> { });
            before = library.similar().vector("peru").orElseThrow();
        }
        WordHashEmbedder same = new WordHashEmbedder("words-a", 1);
        try (Library library = Library.open(lib)) {
            library.similar().use(same);
            assertThat(library.similar().backlog()).isZero();
            library.similar().awaitCaughtUp(done -> { });
            assertThat(same.texts).hasValue(0); // nothing embedded again
            assertThat(library.similar().vector("peru").orElseThrow()).containsExactly(before);
        }
        WordHashEmbedder other = new WordHashEmbedder("words-b", 7);
        try (Library library = Library.open(lib)) {
            library.similar().use(other);
            assertThat(library.similar().backlog()).isEqualTo(5);
            assertThat(library.similar().embedded()).isZero();
            library.similar().awaitCaughtUp(done -> { });
            assertThat(other.texts).hasValue(4);
            assertThat(library.similar().vector("peru").orElseThrow()).isNotEqualTo(before);
            assertThat(library.similar().model()).contains("words-b");
        }
    }

    @Test
    void aRevisedSampleIsEmbeddedAgainAndAnImportIsFollowedInTheBackground() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importFile(input());
            library.similar().use(new WordHashEmbedder("words-a", 1));
            library.similar().awaitCaughtUp(done -> { });
            assertThat(library.similar().similar("hamlet", 1)).extracting(Neighbour::id).containsExactly("hamlet-again");

            Sample peru = library.samples().load("peru").orElseThrow();
            library.curation().revise("peru", new Sample(peru.id(), peru.kind(), "who wrote the play hamlet", peru.answer(),
                    peru.system(), peru.tools(), peru.knowledge(), TestFiles.searchTrajectory("x", "y", "search",
                    "William Shakespeare", Judgment.CORRECT).steps(), peru.judgment(), peru.metadata()));
            library.similar().awaitCaughtUp(done -> { });
            assertThat(library.similar().similar("hamlet", 2)).extracting(Neighbour::id)
                    .containsExactlyInAnyOrder("hamlet-again", "peru");

            library.similar().runInBackground();
            library.importFile(TestFiles.write(dir.resolve("more.jsonl"), List.of(TestFiles.searchTrajectory(
                    "who wrote the play hamlet", "ask", "search", "William Shakespeare", Judgment.CORRECT).withId("hamlet-third"))));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (library.similar().vector("hamlet-third").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(library.similar().similar("hamlet", 3)).extracting(Neighbour::id)
                    .containsExactlyInAnyOrder("hamlet-again", "peru", "hamlet-third");
        }
    }

    @Test
    void aSecondHolderOfTheSameIndexIsToldInOneLineThatItIsKept() {
        Path lib = dir.resolve("lib"); // as a window and a command on one library would (H2's mixed mode lets both in)
        try (VectorIndex held = VectorIndex.open(lib, "words-a", 0, 0)) {
            assertThatThrownBy(() -> VectorIndex.open(lib, "words-a", 0, 0))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("is kept by another studio process");
            assertThat(held.model()).isEqualTo("words-a"); // the holder is untouched
        }
    }
}
