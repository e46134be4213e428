package org.trajectorystudio.model.format.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.testing.RandomSamples;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.JsonNode;

/**
 * One serialisation gives the canonical bytes and the content-id hash: the hash must be that of serialising the sample
 * again without its rendering hints (the id's definition), wherever the hints sit among a step's metadata keys.
 */
class CanonicalBytesTest {
    private final CanonicalBytes canonical = new CanonicalBytes();

    @Test
    void hintsFirstLastAloneOrBetweenOtherKeysAreLeftOutOfTheIdHash() {
        JsonNode text = Json.tryParse("{\"assistant\":\"<think>x</think>\",\"observation\":\"r\"}");
        JsonNode other = Json.tryParse("{\"k\":[1,\"two\"]}");
        List<List<String>> layouts = List.of(
                List.of("sourceText"), List.of("sourceText", "thoughtAs"), List.of("sourceText", "a"),
                List.of("thoughtAs", "sourceText", "a", "b"), List.of("a", "sourceText"), List.of("a", "sourceText", "b"),
                List.of("a", "b", "thoughtAs"), List.of("a", "sourceText", "thoughtAs", "b"), List.of("a"), List.of());
        Sample base = new RandomSamples(11).list(1).getFirst();
        int checked = 0;
        for (List<String> keys : layouts) {
            for (boolean bareStep : List.of(false, true)) {
                Map<String, JsonNode> metadata = new LinkedHashMap<>();
                for (String key : keys) {
                    metadata.put(key, key.equals("thoughtAs") ? Json.tryParse("\"content\"")
                            : key.equals("sourceText") ? text : other);
                }
                List<Step> steps = new ArrayList<>();
                for (Step step : base.steps()) {
                    steps.add(bareStep
                            ? new Step(null, null, step.effectiveAction(), null, List.of(), null, metadata)
                            : new Step(step.user(), step.thought(), step.action(), step.observation(), step.candidates(),
                                    step.chosen(), metadata));
                }
                assertOneSerialisationGivesBoth(base.withSteps(steps));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(20);
    }

    @Test
    void generatedSamplesGiveTheirTreeBytesAndTheirContentId() {
        for (Sample sample : new RandomSamples(78).list(2_000)) {
            assertOneSerialisationGivesBoth(sample);
            assertOneSerialisationGivesBoth(sample.withId(""));
        }
    }

    @Test
    void realRecordsOfEveryShapeGiveTheirBytesAndTheirContentId() throws IOException {
        List<Path> files = new ArrayList<>(List.of(SharedData.file("webdancer_sample_traj.jsonl")));
        try (Stream<Path> external = Files.list(SharedData.file("external/SOURCES.md").getParent())) {
            external.filter(file -> !file.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        int checked = 0;
        int hinted = 0;
        for (Path file : files) {
            try (SampleReader reader = SampleReader.open(file, null)) {
                for (ReadOutcome outcome : (Iterable<ReadOutcome>) () -> reader) {
                    if (outcome instanceof ReadOutcome.Read read) {
                        assertOneSerialisationGivesBoth(read.sample());
                        checked++;
                        hinted += SourceHints.hasRenderingHints(read.sample()) ? 1 : 0;
                    }
                }
            } catch (FormatNotDetectedException e) {
                // a file only another reader opens (a container, an .eval archive) is covered by its own tests
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(hinted).as("samples with rendering hints").isGreaterThan(100);
    }

    private void assertOneSerialisationGivesBoth(Sample sample) {
        canonical.write(sample.withId(""));
        byte[] written = java.util.Arrays.copyOf(canonical.bytes(), canonical.length());
        assertThat(written).isEqualTo(StudioCodec.writeBytes(sample.withId("")));
        byte[] definition = StudioCodec.writeBytes(SourceHints.withoutRenderingHints(sample).withId(""));
        assertThat(canonical.idHash()).as("id hash of %s", new String(written, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(SampleIds.sha256(definition));
        assertThat(SampleIds.contentId(sample)).isEqualTo(SampleIds.idOf(SampleIds.sha256(definition)));
    }
}
