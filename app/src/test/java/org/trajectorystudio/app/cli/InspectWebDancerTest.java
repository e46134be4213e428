package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trajectorystudio.app.testing.SharedData;
import tools.jackson.databind.JsonNode;

/** Issue 2's acceptance figure: {@code ./studio inspect ../shared/data/webdancer_sample_traj.jsonl --json}. */
class InspectWebDancerTest {

    @Test
    void reportsTheRealWebDancerFileExactly() {
        InspectCommandTest.Run run = InspectCommandTest.studio(
                "inspect", SharedData.file("webdancer_sample_traj.jsonl").toString(), "--json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        assertThat(json.get("format").stringValue()).isEqualTo("react-chatml");
        assertThat(json.get("samples").intValue()).isEqualTo(200);
        assertThat(json.get("steps").intValue()).isEqualTo(422);
        assertThat(json.get("toolCalls").intValue()).isEqualTo(222);
        assertThat(json.get("tools").get("search").intValue()).isEqualTo(204);
        assertThat(json.get("tools").get("visit").intValue()).isEqualTo(18);
        assertThat(json.get("tools").size()).isEqualTo(2);
        assertThat(json.get("answers").intValue()).isEqualTo(200);
        assertThat(json.get("candidates").intValue()).isZero();
        assertThat(json.get("kinds").get("trajectory").intValue()).isEqualTo(200);
        assertThat(json.get("rejected")).isEmpty();
        assertThat(json.get("warnings")).isEmpty();
    }
}
