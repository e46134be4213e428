package org.trajectorystudio.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.testing.SharedData;

/**
 * Rendering hints ({@code sourceText}, {@code thoughtAs}) say how the source wrote a step, not what it holds: a sample
 * has the same content id with or without them, which is the id a build that did not write them gave it.
 */
class RenderingHintsContentIdTest {
    @TempDir
    Path dir;

    @Test
    void webDancerSamplesKeepTheIdTheyHadWithoutTheirSourceTextHints() throws Exception {
        List<Sample> samples = read(SharedData.file("webdancer_sample_traj.jsonl"));
        int hinted = 0;
        for (Sample sample : samples) {
            Sample bare = SourceHints.withoutRenderingHints(sample);
            if (bare != sample) {
                hinted++;
                assertThat(bare).isNotEqualTo(sample);
            }
            assertThat(sample.id()).isEqualTo(olderBuildId(bare)).isEqualTo(SampleIds.contentId(bare));
        }
        assertThat(samples).hasSize(200);
        assertThat(hinted).as("samples with a sourceText hint").isGreaterThan(100);
    }

    @Test
    void anOpenAiStepWhoseThoughtWasContentKeepsItsIdWithoutTheThoughtAsHint() throws Exception {
        Path file = dir.resolve("chat.jsonl");
        Files.writeString(file, """
                {"messages": [{"role": "user", "content": "Weather in Oslo?"}, \
                {"role": "assistant", "content": "Let me look it up.", "tool_calls": [{"id": "c1", "type": "function", \
                "function": {"name": "weather", "arguments": "{\\"city\\": \\"Oslo\\"}"}}]}, \
                {"role": "tool", "tool_call_id": "c1", "content": "4 C"}, {"role": "assistant", "content": "4 C."}]}
                """);
        Sample sample = read(file).getFirst();
        assertThat(sample.steps().getFirst().metadata()).containsKey(SourceHints.THOUGHT_AS);
        Sample bare = SourceHints.withoutRenderingHints(sample);
        assertThat(bare.steps().getFirst().metadata()).doesNotContainKey(SourceHints.THOUGHT_AS);
        assertThat(sample.id()).isEqualTo(olderBuildId(bare));
        assertThat(SampleIds.contentId(sample)).isEqualTo(SampleIds.contentId(bare));
        // Content is still content: another thought is another sample.
        Step first = sample.steps().getFirst();
        Step rethought = new Step(first.user(), "Another thought.", first.action(), first.observation(), first.candidates(),
                first.chosen(), first.metadata());
        List<Step> steps = new ArrayList<>(sample.steps());
        steps.set(0, rethought);
        assertThat(SampleIds.contentId(sample.withSteps(steps))).isNotEqualTo(sample.id());
    }

    /** The formula of builds before the hints: 96 bits of SHA-256 of the canonical bytes with an empty id. */
    private static String olderBuildId(Sample withoutHints) {
        return HexFormat.of().formatHex(SampleIds.sha256(StudioCodec.writeBytes(withoutHints.withId(""))), 0, 12);
    }

    private static List<Sample> read(Path file) throws Exception {
        List<Sample> samples = new ArrayList<>();
        try (SampleReader reader = SampleReader.open(file, null)) {
            while (reader.hasNext()) {
                samples.add(((ReadOutcome.Read) reader.next()).sample());
            }
        }
        return samples;
    }
}
