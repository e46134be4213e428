package org.trajectorystudio.persistence.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;

/** The real WebDancer file (needs the react-chatml reader). */
class WebDancerImportTest {
    static Path webDancer() {
        for (Path candidate : new Path[] {Path.of("../shared/data/webdancer_sample_traj.jsonl"),
                Path.of("../../shared/data/webdancer_sample_traj.jsonl"), Path.of("/work/shared/data/webdancer_sample_traj.jsonl")}) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/webdancer_sample_traj.jsonl not found");
    }

    @TempDir
    Path dir;

    @Test
    void importsTheWebDancerTrajectories() {
        try (Library library = Library.open(dir)) {
            ImportResult result = library.importFile(webDancer());
            assertThat(result.format()).isEqualTo("react-chatml");
            assertThat(result.imported() + result.duplicates()).isEqualTo(200);
            assertThat(result.rejected()).isEmpty();
            SampleSummary first = library.samples().page(SampleQuery.all(), 1).rows().getFirst();
            assertThat(first.question()).contains("1964");
            assertThat(first.toolsUsed()).contains("search");
            assertThat(library.samples().count(SampleQuery.builder().tool("visit").build())).isPositive();
            ImportResult again = library.importFile(webDancer());
            assertThat(again.imported()).isZero();
            assertThat(again.duplicates()).isEqualTo(200);
        }
    }

    /**
     * A library made by a build before the rendering hints holds the same samples without them (stood in for here by
     * the canonical samples with the hints taken out, ids left to the reader); importing the file now adds nothing.
     */
    @Test
    void aLibraryMadeBeforeTheSourceTextHintsFindsTheFileItsDuplicates() throws Exception {
        Path older = dir.resolve("older-build.jsonl");
        int hinted = 0;
        StringBuilder lines = new StringBuilder();
        try (SampleReader reader = SampleReader.open(webDancer(), null)) {
            while (reader.hasNext()) {
                Sample sample = ((ReadOutcome.Read) reader.next()).sample();
                Sample bare = SourceHints.withoutRenderingHints(sample);
                hinted += bare == sample ? 0 : 1;
                lines.append(StudioCodec.write(bare.withId(""))).append('\n');
            }
        }
        assertThat(hinted).isPositive();
        Files.writeString(older, lines.toString()); // an empty id: the reader gives the content id
        try (Library library = Library.open(dir.resolve("library"))) {
            ImportResult before = library.importFile(older);
            assertThat(before.imported()).isPositive();
            ImportResult now = library.importFile(webDancer());
            assertThat(now.imported()).isZero();
            assertThat(now.duplicates()).isEqualTo(before.imported() + before.duplicates());
        }
    }
}
