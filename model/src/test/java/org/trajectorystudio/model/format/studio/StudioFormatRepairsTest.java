package org.trajectorystudio.model.format.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.RecordParser;

/** Hand-made studio files may hold what the canonical form has no place for: reading says so, never silently. */
class StudioFormatRepairsTest {
    private static ReadOutcome.Read read(String json) {
        ReadOutcome outcome = new RecordParser(new StudioFormat()).parse(new RawLine(3, 0, json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return (ReadOutcome.Read) outcome;
    }

    @Test
    void droppedNestedFieldsAreWarnings() {
        ReadOutcome.Read read = read("""
                {"schema":"trajectory-studio/v1","kind":"has_decision","question":"q",
                 "tools":[{"name":"search","version":2}],
                 "steps":[{"candidates":[{"action":{"type":"answer","text":"a","score":0.3},"note":"x"},
                                         {"action":{"type":"tool_calls","calls":[{"name":"search","arguments":{},"latency":3}]}}],"chosen":0},
                          {"action":{"type":"answer","text":"b"},"chosen":1}]}""");

        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("tool 'search'").contains("'version'"))
                .anySatisfy(w -> assertThat(w).contains("step 1, candidate 1").contains("'note'"))
                .anySatisfy(w -> assertThat(w).contains("step 1, candidate 1 action").contains("'score'"))
                .anySatisfy(w -> assertThat(w).contains("call 'search'").contains("'latency'"))
                .anySatisfy(w -> assertThat(w).contains("step 2").contains("'chosen' without candidates"));
    }

    @Test
    void aTopLevelFieldClashingWithMetadataAndAnObjectAnswerAreKeptOrReported() {
        ReadOutcome.Read read = read("""
                {"kind":"trajectory","question":"q","steps":[],"answer":{"value":42},"tag":"top","metadata":{"tag":"inner"}}""");

        assertThat(read.sample().metadata().get("tag").stringValue()).isEqualTo("inner");
        assertThat(read.sample().metadata().get("answer").get("value").intValue()).isEqualTo(42);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("'tag' also in metadata"))
                .anySatisfy(w -> assertThat(w).contains("'answer' is not text"))
;
    }
}
