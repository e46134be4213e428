package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bench commands run and report their keys; no timing is asserted. */
class BenchCommandTest {
    @Test
    void benchImportReportsBothThroughputs() {
        InspectCommandTest.Run run = InspectCommandTest.studio("bench", "import", "--size-mb", "1", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        for (String key : new String[] {"studioMBps", "peerMBps", "ratio", "heapPeakMB", "sizeMb"}) {
            assertThat(json.get(key).doubleValue()).as(key).isPositive();
        }
    }

    @Test
    void benchExportReportsBothRates() {
        InspectCommandTest.Run run = InspectCommandTest.studio("bench", "export", "--samples", "50", "--rounds", "1",
                "--tokenizer", "approx", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        for (String key : new String[] {"exportTokensPerSecond", "tokenizerTokensPerSecond", "ratio"}) {
            assertThat(json.get(key).doubleValue()).as(key).isPositive();
        }
    }

    @Test
    void benchExportNeedsATokenizer() {
        assertThat(InspectCommandTest.studio("bench", "export").exit()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
