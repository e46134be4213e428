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
        for (String key : new String[] {"studioMBps", "peerMBps", "ratio", "heapPeakMB", "sizeMb", "warmRatio"}) {
            assertThat(json.get(key).doubleValue()).as(key).isPositive();
        }
        // the headline is the cold run: a fresh studio process and a fresh DuckDB process on the WebDancer-made file
        JsonNode cold = json.get("cold");
        for (String key : new String[] {"studioSeconds", "studioImportSeconds", "peerSeconds", "peerStatementSeconds"}) {
            assertThat(cold.get(key).doubleValue()).as(key).isPositive();
        }
        assertThat(json.get("ratio").doubleValue()).isEqualTo(cold.get("peerSeconds").doubleValue() / cold.get("studioSeconds").doubleValue(),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(cold.get("studioSeconds").doubleValue()).isGreaterThan(cold.get("studioImportSeconds").doubleValue());
        assertThat(json.get("samples").longValue()).isPositive();
    }

    @Test
    void benchImportReadsTheSameTrajectoriesFromAJsonArrayAndFromParquet() {
        for (String container : new String[] {"array", "parquet"}) {
            InspectCommandTest.Run run = InspectCommandTest.studio("bench", "import", "--container", container,
                    "--size-mb", "1", "--json");

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
            JsonNode json = run.json();
            assertThat(json.get("container").stringValue()).isEqualTo(container);
            assertThat(json.get("samples").longValue()).isPositive();
            for (String key : new String[] {"containerMBps", "jsonlMBps", "heapPeakMB", "containerMB"}) {
                assertThat(json.get(key).doubleValue()).as(container + " " + key).isPositive();
            }
        }
        assertThat(InspectCommandTest.studio("bench", "import", "--container", "csv").exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void benchExportTrainsAnExactTokenizerAndReportsSaneFigures() {
        InspectCommandTest.Run run = InspectCommandTest.studio("bench", "export", "--size-mb", "1", "--merges", "2000",
                "--rounds", "1", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        for (String key : new String[] {"studioMBps", "peerMBps", "ratio", "heapPeakMB", "sizeMB", "tokens"}) {
            assertThat(json.get(key).doubleValue()).as(key).isPositive();
        }
        assertThat(json.get("sizeMB").doubleValue()).isBetween(1.0, 1.5);
        assertThat(json.get("tokenizer").stringValue()).startsWith("hf:tokenizer.json sha256:");
        // A trained BPE: far fewer tokens than bytes, far more than words would be with a whole-word vocabulary.
        double bytesPerToken = json.get("sizeMB").doubleValue() * 1e6 / json.get("tokens").doubleValue();
        assertThat(bytesPerToken).isBetween(2.0, 12.0);
        assertThat(json.get("vocabulary").intValue()).isBetween(1000, 2000 + 256 + 9);
        // Same input for both, so the ratio of speeds is the inverse ratio of times; the MB/s figures are rounded to two
        // decimals (at a loaded machine's 0.5 MB/s that alone is off by 2 %), the seconds to milliseconds.
        assertThat(json.get("ratio").doubleValue())
                .isCloseTo(json.get("peerSeconds").doubleValue() / json.get("studioSeconds").doubleValue(),
                        org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void benchExportRefusesAMissingTokenizer() {
        assertThat(InspectCommandTest.studio("bench", "export", "--tokenizer", "/nonexistent/tokenizer.json").exit())
                .isEqualTo(ExitCode.BAD_INPUT);
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
