package org.trajectorystudio.model.format.react;

import org.trajectorystudio.model.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolSpec;

/** Reads the real WebDancer file (shared/data/webdancer_sample_traj.jsonl, MIT) end to end, with detection. */
class WebDancerSampleTrajTest {
    private static String detected;
    private static final List<Sample> samples = new ArrayList<>();
    private static final List<ReadOutcome.Rejected> rejected = new ArrayList<>();
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void readFile() throws Exception {
        Path file = SharedData.file("webdancer_sample_traj.jsonl");
        try (SampleReader reader = SampleReader.open(file, null)) {
            detected = reader.format().name();
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case ReadOutcome.Read read -> {
                        samples.add(read.sample());
                        read.warnings().forEach(w -> warnings.add(read.line() + ": " + w));
                    }
                    case ReadOutcome.Rejected rejection -> rejected.add(rejection);
                }
            }
        }
    }

    @Test
    void detectsTheFormatAndReadsEveryRecord() {
        assertThat(detected).isEqualTo(ReactChatmlFormat.NAME);
        assertThat(rejected).isEmpty();
        assertThat(samples).hasSize(200);
        assertThat(warnings).as("the file is clean: nothing needs repair").isEmpty();
    }

    @Test
    void countsMatchTheDataset() {
        List<Step> steps = samples.stream().flatMap(s -> s.steps().stream()).toList();
        List<ToolCall> calls = steps.stream().flatMap(s -> s.toolCalls().stream()).toList();
        Map<String, Long> byTool = new TreeMap<>();
        calls.forEach(call -> byTool.merge(call.name(), 1L, Long::sum));

        assertThat(steps).hasSize(422);
        assertThat(calls).hasSize(222);
        assertThat(byTool).containsExactly(Map.entry("search", 204L), Map.entry("visit", 18L));
        assertThat(steps.stream().filter(s -> s.action() instanceof FinalAnswer)).hasSize(200);
        assertThat(samples).allSatisfy(sample -> assertThat(sample.finalAnswer()).isPresent());
        assertThat(calls).noneMatch(ToolCall::hasInvalidArguments);
    }

    @Test
    void everySampleKeepsItsContextAndSourceFields() {
        assertThat(samples).allSatisfy(sample -> {
            assertThat(sample.system()).startsWith("You are a Web Information Seeking Master.");
            assertThat(sample.tools()).extracting(ToolSpec::name).containsExactly("search", "visit");
            assertThat(sample.answer()).isNotBlank();
            assertThat(sample.question()).doesNotContain("User:", "<tools>");
            assertThat(sample.metadata()).containsKeys("type", "task", "functions", "tool_calls", "answer", "tag",
                    ReactRecordMapper.FIRST_USER_TURN);
            // Every step but the answer was answered by a tool, and the tags are gone from the text.
            for (Step step : sample.steps()) {
                assertThat(step.thought()).isNotBlank().doesNotContain("<think>", "</think>");
                if (!step.toolCalls().isEmpty()) {
                    assertThat(step.observation()).isNotBlank().doesNotContain("<tool_response>");
                }
            }
        });
    }

    @Test
    void theEpsomDerbySample() {
        Sample derby = samples.stream()
                .filter(s -> "English horse race Derby".equals(s.answer()))
                .findFirst().orElseThrow();

        assertThat(derby.question()).isEqualTo("In a prestigious British equestrian event known for its historical "
                + "significance and economic influence in the UK, a figure famously associated with Christmas "
                + "gift-giving secured a surprising victory in 1964. What is the name of this notable race where the "
                + "unexpected triumph took place?");
        assertThat(derby.steps()).hasSize(2);
        ToolCall first = derby.steps().getFirst().toolCalls().getFirst();
        assertThat(first.name()).isEqualTo("search");
        assertThat(first.arguments()).isEqualTo(Json.MAPPER.readTree("""
                {"query": ["1964 British horse race Christmas associated winner",
                           "famous christmas figure 1964 horse race victory",
                           "Grand National 1964 interesting story winner",
                           "Christmas gift giving associated horse race 1964"]}"""));
        assertThat(derby.steps().getFirst().observation())
                .startsWith("A Google search for '1964 British horse race Christmas associated winner' found 10 results:");
        assertThat(derby.finalAnswer()).hasValueSatisfying(text -> assertThat(text)
                .startsWith("The notable race where the unexpected triumph took place in 1964 is the **Epsom Derby**"));
        assertThat(derby.metadata().get("tag").stringValue()).isEqualTo("e2hqa");
        assertThat(derby.metadata().get("answer")).isEqualTo(Json.MAPPER.readTree("[[\"English horse race Derby\"]]"));
    }

    @Test
    void samplesRoundTripThroughTheCanonicalFormat() throws Exception {
        for (Sample sample : samples) {
            Sample back = StudioCodec.fromJson(StudioCodec.toJson(sample), new ArrayList<>());
            assertThat(back).isEqualTo(sample);
        }
        assertThat(samples.stream().map(Sample::id).distinct()).hasSize(200);
    }
}
