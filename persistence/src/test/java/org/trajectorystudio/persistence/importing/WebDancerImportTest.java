package org.trajectorystudio.persistence.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
            assertThat(library.importFile(webDancer()).imported()).isZero();
        }
    }
}
