package org.trajectorystudio.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;

/**
 * The library appends to its file while open (so that a crash loses no commit) and gives the space back when it
 * closes: a day of curation must not leave the file the size of every page ever rewritten, session after session.
 */
class LibraryFileSizeTest {
    @TempDir
    Path dir;

    @Test
    void aSessionOfManyCommitsLeavesTheFileCompactedWhenTheLibraryCloses() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.importFile(TestFiles.write(dir.resolve("samples.jsonl"), TestFiles.synthetic(200, 5)));
        }
        Path file = lib.resolve(Database.NAME + ".mv.db");
        long openedAt = Files.size(file);
        long beforeClose;
        try (Library library = Library.open(lib)) {
            List<String> ids = library.samples().page(SampleQuery.all(), 200).rows().stream().map(SampleSummary::id).toList();
            for (int i = 0; i < 600; i++) {
                library.curation().as("curator").rate(RatingTarget.sample(ids.get(i % ids.size())), 1 + i % 5);
            }
            beforeClose = Files.size(file);
        }
        long afterClose = Files.size(file);

        assertThat(beforeClose).as("600 commits appended").isGreaterThan(openedAt + 5_000_000);
        assertThat(afterClose).as("compacted on close").isLessThan(beforeClose / 2);
    }
}
