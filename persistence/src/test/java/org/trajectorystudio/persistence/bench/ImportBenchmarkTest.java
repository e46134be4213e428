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
        BenchResult result = ImportBenchmark.run(new ImportBenchmark.Options(2, "studio", dir.resolve("work"), false, 1, 1, 0, null, null));
        assertThat(result.samples()).isPositive();
        assertThat(result.imported()).isEqualTo(result.samples());
        assertThat(result.studioMBps()).isPositive();
        assertThat(result.peerMBps()).isPositive();
        assertThat(result.heapPeakMB()).isPositive();
        assertThat(result.toJson()).contains("\"ratio\":");
    }

    @Test
    void runsOnReactChatml() {
        BenchResult result = ImportBenchmark.run(new ImportBenchmark.Options(1, "react-chatml", dir.resolve("work"), false, 2, 2, 0, null, null));
        assertThat(result.imported()).isEqualTo(result.samples());
        // rounds alternate who goes first; each fresh library imports the whole file again
        assertThat(result.rounds()).extracting(BenchResult.Round::peerFirst).containsExactly(true, false);
        assertThat(result.rounds()).allSatisfy(round -> assertThat(round.studioMBps()).isPositive());
        double medianStudioSeconds = (result.rounds().get(0).studioSeconds() + result.rounds().get(1).studioSeconds()) / 2;
        assertThat(result.studioSeconds()).isCloseTo(medianStudioSeconds, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void medianIsTheMiddleRoundWhateverTheOrder() {
        assertThat(BenchResult.median(java.util.List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
        assertThat(BenchResult.median(java.util.List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(BenchResult.median(java.util.List.of(7.0))).isEqualTo(7.0);
    }
}
