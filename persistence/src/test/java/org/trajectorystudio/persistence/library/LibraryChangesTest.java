package org.trajectorystudio.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.curation.RatingTarget;

/** The change marker a window polls: it moves with every curation event and every import, and names what changed. */
class LibraryChangesTest {
    @TempDir
    Path dir;

    @Test
    void theMarkerMovesWithEventsAndImportsAndNamesTheCuratedSamples() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            LibraryChanges.Marker empty = library.changes().now();
            assertThat(empty).isEqualTo(new LibraryChanges.Marker(0, 0));
            Sample sample = TestFiles.decision("Where is the Louvre?");
            library.importFile(TestFiles.write(dir.resolve("a.jsonl"), List.of(sample)));
            LibraryChanges.Marker imported = library.changes().now();
            assertThat(imported.sample()).isGreaterThan(0);
            library.curation().rate(RatingTarget.sample(SampleIds.contentId(sample)), 3);
            LibraryChanges.Marker rated = library.changes().now();
            assertThat(rated.event()).isGreaterThan(imported.event());
            assertThat(library.changes().curatedSince(imported.event(), 10)).containsExactly(SampleIds.contentId(sample));
        }
    }
}
