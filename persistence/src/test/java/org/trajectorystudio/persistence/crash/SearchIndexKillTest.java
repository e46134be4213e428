package org.trajectorystudio.persistence.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.PageCursor;
import org.trajectorystudio.persistence.query.SamplePage;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The full-text index is derived data: killed in the middle of indexing, or damaged on disk, it recovers from the
 * library, and every search then finds exactly the samples a plain scan finds, each once.
 */
class SearchIndexKillTest {
    private static final int SAMPLES = 3000;

    @TempDir
    Path dir;

    @Test
    void anIndexerKilledMidwayRecoversAndFindsEverySampleOnce() throws Exception {
        List<Sample> samples = TestFiles.synthetic(SAMPLES, 5);
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.importFile(TestFiles.write(dir.resolve("s.jsonl"), samples));
        }
        deleteTree(lib.resolve("search-index")); // the child builds it from nothing

        ChildJvm child = ChildJvm.start(List.of("-Dstudio.search.commitMillis=50"), IndexChild.class, lib.toString());
        // killed once a first batch is committed, while it adds the next (batches are 2000 samples)
        child.awaitLine(line -> line.startsWith("INDEXED ") && committed(line) > 0 && indexed(line) > committed(line));
        child.kill();
        assertThat(child.lines).doesNotContain("CAUGHT UP");

        try (Library library = Library.open(lib)) {
            long behind = library.search().backlog();
            assertThat(behind).isLessThan(SAMPLES).isPositive(); // its commit survived the kill, its last batch did not
            library.search().awaitCaughtUp();
            assertFindsWhatAScanFinds(library, samples);
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheLibrary() throws Exception {
        List<Sample> samples = TestFiles.synthetic(400, 6);
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.importFile(TestFiles.write(dir.resolve("s.jsonl"), samples));
            library.search().awaitCaughtUp();
        }
        try (Stream<Path> files = Files.list(lib.resolve("search-index"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3}); // every file of it overwritten: nothing readable is left
            }
        }
        try (Library library = Library.open(lib)) {
            library.search().awaitCaughtUp();
            assertFindsWhatAScanFinds(library, samples);
        }
    }

    private static long indexed(String line) {
        return Long.parseLong(line.split(" ")[1]);
    }

    private static long committed(String line) {
        return Long.parseLong(line.split(" ")[3]);
    }

    private static void assertFindsWhatAScanFinds(Library library, List<Sample> samples) {
        for (String word : words(samples)) {
            Set<String> expected = new HashSet<>();
            for (Sample sample : samples) {
                if (containsWord(sample, word)) {
                    expected.add(SampleIds.contentId(sample));
                }
            }
            SampleQuery query = SampleQuery.builder().text(word).build();
            List<String> found = allIds(library, query);
            assertThat(found).as(word).doesNotHaveDuplicates();
            assertThat(new HashSet<>(found)).as(word).isEqualTo(expected);
            assertThat(library.samples().count(query)).as(word).isEqualTo(expected.size());
        }
    }

    /** A few words of the first, middle and last samples' questions (long enough to be no stop words). */
    private static List<String> words(List<Sample> samples) {
        List<String> words = new ArrayList<>();
        for (Sample sample : List.of(samples.getFirst(), samples.get(samples.size() / 2), samples.getLast())) {
            for (String word : sample.question().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 5 && words.size() < 9 && !words.contains(word)) {
                    words.add(word);
                }
            }
        }
        assertThat(words).isNotEmpty();
        return words;
    }

    private static boolean containsWord(Sample sample, String word) {
        StringBuilder text = new StringBuilder(sample.question()).append(' ').append(sample.answer());
        sample.steps().forEach(step -> {
            text.append(' ').append(step.thought());
            if (step.action() instanceof FinalAnswer answer) {
                text.append(' ').append(answer.text());
            }
        });
        return List.of(text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).contains(word);
    }

    private static List<String> allIds(Library library, SampleQuery query) {
        List<String> ids = new ArrayList<>();
        Optional<PageCursor> cursor = Optional.empty();
        do {
            SamplePage page = library.samples().page(query, cursor.orElse(null), 500);
            page.rows().stream().map(SampleSummary::id).forEach(ids::add);
            cursor = page.next();
        } while (cursor.isPresent());
        return ids;
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
