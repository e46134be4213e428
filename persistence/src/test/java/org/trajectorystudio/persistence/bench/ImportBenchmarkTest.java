package org.trajectorystudio.persistence.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark machinery runs end to end (no timing is asserted: speed is what the benchmark reports). */
class ImportBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void runsBothContendersOnTheSameStudioFile() {
        BenchResult result = ImportBenchmark.run(new ImportBenchmark.Options(2, "studio", dir.resolve("work"), false, 1));
        assertThat(result.samples()).isPositive();
        assertThat(result.imported()).isEqualTo(result.samples());
        assertThat(result.studioMBps()).isPositive();
        assertThat(result.peerMBps()).isPositive();
        assertThat(result.heapPeakMB()).isPositive();
        assertThat(result.toJson()).contains("\"ratio\":");
    }

    @Test
    void runsOnReactChatml() {
        BenchResult result = ImportBenchmark.run(new ImportBenchmark.Options(1, "react-chatml", dir.resolve("work"), false, 2));
        assertThat(result.imported()).isEqualTo(result.samples());
    }
}
