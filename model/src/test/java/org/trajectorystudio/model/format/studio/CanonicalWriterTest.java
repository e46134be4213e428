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
import org.trajectorystudio.model.testing.RandomSamples;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The streamed canonical form is byte-identical to serialising the tree form: content ids of every stored sample are
 * hashes of these bytes, so any difference would re-identify a library's samples.
 */
class CanonicalWriterTest {

    @Test
    void generatedSamplesStreamToTheTreeFormsBytes() {
        for (Sample sample : new RandomSamples(77).list(5_000)) {
            assertSameBytes(sample);
            assertSameBytes(sample.withId(""));
        }
    }

    @Test
    void realRecordsAndTheShippedSamplesStreamToTheTreeFormsBytes() throws IOException, FormatNotDetectedException {
        List<Path> files = new ArrayList<>(List.of(SharedData.file("webdancer_sample_traj.jsonl")));
        try (Stream<Path> shipped = Files.list(assetSamples())) {
            shipped.filter(file -> file.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        int checked = 0;
        for (Path file : files) {
            try (SampleReader reader = SampleReader.open(file, null)) {
                for (ReadOutcome outcome : (Iterable<ReadOutcome>) () -> reader) {
                    if (outcome instanceof ReadOutcome.Read read) {
                        assertSameBytes(read.sample());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(250);
    }

    @Test
    void nullsWhereTheTreeFormWritesNullsAndAbsentFieldsStayAbsent() {
        Sample sample = new RandomSamples(5).list(1).getFirst();
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        metadata.put("empty", null);
        metadata.put("null", NullNode.getInstance());
        metadata.put("nested", Json.tryParse("{\"b\":[1,2.5,\"x\",{\"c\":null}],\"a\":true}"));
        Sample odd = new Sample("", sample.kind(), "q \u2028 \ud83d\ude00 \"quoted\" \\ \u0001", null, null, List.of(), List.of(),
                sample.steps(), sample.judgment(), metadata);

        assertSameBytes(odd);
        assertThat(StudioCodec.write(odd)).doesNotContain("\"answer\"", "\"system\"", "\"tools\"")
                .contains("\"empty\":null", "\"null\":null", "\"nested\":{\"b\":[1,2.5,\"x\",{\"c\":null}],\"a\":true}");
    }

    private static void assertSameBytes(Sample sample) {
        byte[] tree = Json.MAPPER.writeValueAsBytes(StudioCodec.toJson(sample));
        assertThat(StudioCodec.writeBytes(sample)).as(sample.id()).isEqualTo(tree);
    }

    private static Path assetSamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("assets").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("assets/samples not found above " + Path.of("").toAbsolutePath());
    }
}
