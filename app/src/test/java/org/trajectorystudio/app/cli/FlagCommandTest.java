package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.model.flags.QualityFlags;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import tools.jackson.databind.JsonNode;

/** {@code query --flag} and {@code stats} on the real WebDancer file plus a looping trajectory written here. */
class FlagCommandTest {
    @TempDir
    Path dir;

    private String library;

    @BeforeEach
    void importFiles() throws Exception {
        library = dir.resolve("library").toString();
        Path loop = Files.writeString(dir.resolve("loop.jsonl"), """
                {"schema":"trajectory-studio/v1","id":"loop-1","kind":"trajectory","question":"Capital of Peru?","answer":"Lima","steps":[\
                {"thought":"search","action":{"type":"tool_calls","calls":[{"name":"search","arguments":{"query":["capital of peru"]}}]},"observation":"Lima."},\
                {"thought":"again","action":{"type":"tool_calls","calls":[{"name":"search","arguments":{"query":["capital of peru"]}}]},"observation":"Lima."},\
                {"thought":"done","action":{"type":"answer","text":"Lima"}}],"judgment":"correct"}
                """);
        for (Path file : List.of(SharedData.file("webdancer_sample_traj.jsonl"), loop)) {
            InspectCommandTest.Run run = studio("import", file.toString(), "--json");
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        }
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library;
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    @Test
    void queryByFlagListsTheSampleWithItsReason() {
        JsonNode json = studio("query", "--flag", "repeated-call", "--json").json();
        assertThat(json.get("total").intValue()).isEqualTo(1);
        JsonNode sample = json.get("samples").get(0);
        assertThat(sample.get("id").stringValue()).isEqualTo("loop-1");
        JsonNode flag = sample.get("flags").get(0);
        assertThat(flag.get("flag").stringValue()).isEqualTo("repeated-call");
        assertThat(flag.get("step").intValue()).isEqualTo(2);
        assertThat(flag.get("reason").stringValue()).startsWith("step 2 repeats the search call");

        InspectCommandTest.Run text = studio("query", "--flag", "repeated-call");
        assertThat(text.out()).contains("loop-1").contains("⚑ repeated-call: step 2 repeats the search call");
    }

    @Test
    void statsCountWhatQueryFindsAndWhatTheRulesComputeOnTheFile() throws Exception {
        long mismatches = 0;
        try (SampleReader reader = SampleReader.open(SharedData.file("webdancer_sample_traj.jsonl"), null)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof ReadOutcome.Read read && !FlagSettings.defaults().raised(
                        QualityFlags.of(read.sample())).isEmpty()) {
                    mismatches++;
                }
            }
        }
        JsonNode stats = studio("stats", "--json").json();
        assertThat(stats.get("flags").get("answer-mismatch").longValue()).isEqualTo(mismatches).isPositive();
        assertThat(stats.get("flags").get("repeated-call").longValue()).isEqualTo(1);
        assertThat(stats.get("flagged").longValue()).isEqualTo(mismatches + 1);
        assertThat(studio("query", "--flag", "any", "--json").json().get("total").longValue()).isEqualTo(mismatches + 1);
        assertThat(studio("query", "--flag", FlagKind.ANSWER_MISMATCH.wireName(), "--flag", "repeated-call", "--json")
                .json().get("total").longValue()).isEqualTo(mismatches + 1);
        assertThat(studio("stats").out()).contains("flags  " + (mismatches + 1) + " samples flagged");
    }

    @Test
    void anUnknownFlagIsOneLineExitTwo() {
        InspectCommandTest.Run run = studio("query", "--flag", "loops");
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("error: unknown flag 'loops'; one of: any, repeated-call").doesNotContain("\n");
    }
}
