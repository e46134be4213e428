package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code bench judge} runs both sides over the same samples and reports both rates (no speed is asserted here). */
class BenchJudgeCommandTest {
    @Test
    void judgesEverySampleOnBothSides() {
        InspectCommandTest.Run run = InspectCommandTest.studio("bench", "judge", "--samples", "6", "--delay-ms", "20",
                "--concurrency", "3", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        assertThat(json.get("samples").intValue()).isEqualTo(6);
        assertThat(json.get("serialPerSecond").doubleValue()).isPositive();
        assertThat(json.get("concurrentPerSecond").doubleValue()).isPositive();
        assertThat(json.get("concurrency").intValue()).isEqualTo(3);
    }
}
