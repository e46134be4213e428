package org.trajectorystudio.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.node.ObjectNode;

/** Detection scores every registered format on a file's first records; the best wins only when it is clear. */
class FormatDetectionTest {
    /**
     * The format each real file is in, told by its shape: {@code conversations} of {@code from}/{@code value} turns is
     * ShareGPT (LLaMA-Factory glaive, ToolLLaMA), {@code role}/{@code content} messages (wherever the record keeps them)
     * are OpenAI chat.
     */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("adp_swegym_openhands_sampled_trajectories.json", "openai"),
            Map.entry("adp_swegym_openhands_sampled_trajectories.records.jsonl", "openai"),
            Map.entry("adp_swesmith_trajectories.json", "openai"),
            Map.entry("adp_swesmith_trajectories.records.jsonl", "openai"),
            Map.entry("adp_toucan_1_5m_kimi_k2.json", "openai"),
            Map.entry("adp_toucan_1_5m_kimi_k2.records.jsonl", "openai"),
            Map.entry("fireact_hotpotqa_gpt_format.jsonl", "openai"),
            Map.entry("inspect_log_message_deduplication.eval", "openai"),
            Map.entry("llamafactory_glaive_toolcall_en_demo.json", "sharegpt"),
            Map.entry("llamafactory_glaive_toolcall_en_demo.records.jsonl", "sharegpt"),
            Map.entry("llamafactory_reason_tool_use_demo_50.jsonl", "openai"),
            Map.entry("minisweagent_github_issue.traj.json", "openai"),
            Map.entry("miroflow_debug_message_history.json", "openai"),
            Map.entry("miroflow_task_result.json", "openai"),
            Map.entry("sweagent_marshmallow_function_calling_replace.traj", "openai"),
            Map.entry("taubench_gpt4o_airline_historical.json", "openai"),
            Map.entry("taubench_gpt4o_airline_historical.records.jsonl", "openai"),
            Map.entry("toolbench_G1_answer_10_DFS.json", "openai"),
            Map.entry("toolllama_processed_G1_demo.json", "sharegpt"),
            Map.entry("toolllama_processed_G1_demo.records.jsonl", "sharegpt"));

    @Test
    void everyRealFileHasOneClearWinner() throws Exception {
        Path dir = SharedData.file("external/SOURCES.md").getParent();
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(file -> !file.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString()).containsExactlyInAnyOrderElementsOf(FORMATS.keySet());
        for (Path file : files) {
            try (SampleReader reader = SampleReader.openWith(file, ReadOptions.of(null))) {
                Detection detection = reader.detection();
                String name = file.getFileName().toString();

                assertThat(reader.format().name()).as(name + ": " + detection.describe()).isEqualTo(FORMATS.get(name));
                assertThat(detection.note()).as(name + ": " + detection.describe()).isEmpty();
                assertThat(detection.candidates().getFirst().recognised()).as(name).isEqualTo(detection.records());
            }
        }
    }

    /** A format for the tests: every record scores {@code score}. */
    private static SampleFormat scoring(String name, int score) {
        return new SampleFormat() {
            public String name() {
                return name;
            }

            public int recognise(ObjectNode record) {
                return score;
            }

            public Sample read(ObjectNode record, RecordContext context) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static final List<ObjectNode> TWO = List.of(Json.object().put("a", 1), Json.object().put("b", 2));

    @Test
    void theHighestScoreWinsWhateverTheRegistryOrder() {
        Detection detection = new FormatDetector(List.of(scoring("low", 40), scoring("high", 90))).score(TWO);

        assertThat(detection.winner().orElseThrow().name()).isEqualTo("high");
        assertThat(detection.describe()).isEqualTo("high 180 (2 of 2 records), low 80 (2 of 2 records)");
        assertThat(detection.note()).isEmpty();
    }

    @Test
    void aTieIsReadWithTheFirstRegisteredAndSaysSoListingTheCandidates() {
        Detection detection = new FormatDetector(List.of(scoring("first", 50), scoring("second", 50), scoring("none", 0)))
                .score(TWO);

        assertThat(detection.winner().orElseThrow().name()).isEqualTo("first");
        assertThat(detection.tied()).isTrue();
        assertThat(detection.note()).contains("the first 2 records fit first and second equally (first 100 (2 of 2"
                + " records), second 100 (2 of 2 records)); read as first, the first registered; name another with --format");
    }

    @Test
    void aLowBestScoreIsNoGuessAndTheCandidatesAreListed() {
        Detection detection = new FormatDetector(List.of(scoring("weak", 5), scoring("weaker", 2))).score(TWO);

        assertThat(detection.winner()).isEmpty();
        assertThat(detection.note()).contains("the first 2 records fit no format well (under 10 of 100 a record):"
                + " weak 10 (2 of 2 records), weaker 4 (2 of 2 records)");
    }

    @Test
    void aFileNoFormatKnowsSaysSoAndNamesTheFormats(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("odd.jsonl");
        Files.writeString(file, "{\"steps_taken\": 3, \"score\": 1}\n{\"steps_taken\": 4, \"score\": 0}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SampleReader.openWith(file, ReadOptions.of(null)))
                .isInstanceOf(FormatNotDetectedException.class)
                .hasMessageContaining("no conversation found: top-level keys are steps_taken, score");
    }
}
