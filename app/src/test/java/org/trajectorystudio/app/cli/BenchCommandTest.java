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

    @Test
    void benchViewShowsALongTrajectoryAndReportsItsTimings() {
        InspectCommandTest.Run run = InspectCommandTest.studio("bench", "view", "--steps", "40", "--tokens", "20000", "--runs", "2", "--json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        var json = run.json();
        assertThat(json.get("steps").intValue()).isEqualTo(40);
        assertThat(json.get("tokens").intValue()).isBetween(15_000, 30_000);
        assertThat(json.get("medianMillis").doubleValue()).isPositive();
        assertThat(json.get("p95Millis").doubleValue()).isGreaterThanOrEqualTo(json.get("medianMillis").doubleValue());
        assertThat(json.get("fxMillis").doubleValue()).isPositive();
        assertThat(json.get("bigResponseChars").intValue()).isGreaterThanOrEqualTo(500_000);
        assertThat(json.get("bigResponseMedianMillis").doubleValue()).isPositive();
    }

    @Test
    void benchBrowseBuildsTheLibraryAndTimesEveryWindowQuery() {
        InspectCommandTest.Run run = InspectCommandTest.studio("bench", "browse", "--samples", "2000", "--json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        var json = run.json();
        assertThat(json.get("samples").intValue()).isEqualTo(2000);
        assertThat(json.get("firstPageMillis").doubleValue()).isPositive().isGreaterThanOrEqualTo(json.get("openMillis").doubleValue());
        assertThat(json.get("queryP95Millis").propertyNames()).contains("all", "unrated HAS", "verdict=accepted", "label=gold", "sort tokens desc");
        assertThat(json.get("worstP95Millis").doubleValue()).isPositive();
    }
}
