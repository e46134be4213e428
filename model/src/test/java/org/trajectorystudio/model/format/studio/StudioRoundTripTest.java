package org.trajectorystudio.model.format.studio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.RecordParser;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.testing.RandomSamples;

/** Property: the canonical format is lossless. Write, read back, get an equal sample and the identical line. */
class StudioRoundTripTest {
    private static final long SEED = 20_240_601L;
    private static final int SAMPLES = 2_500;

    private final RecordParser parser = new RecordParser(new StudioFormat());

    @Test
    void everyGeneratedSampleReadsBackEqualAndWritesIdentically() {
        List<Sample> samples = new RandomSamples(SEED).list(SAMPLES);
        for (int i = 0; i < samples.size(); i++) {
            Sample original = samples.get(i);
            String line = StudioCodec.write(original);

            ReadOutcome outcome = parser.parse(new RawLine(i + 1, 0, line.getBytes(UTF_8)));

            assertThat(outcome).as("sample %d of seed %d", i, SEED).isInstanceOf(ReadOutcome.Read.class);
            ReadOutcome.Read read = (ReadOutcome.Read) outcome;
            assertThat(read.warnings()).as("sample %d of seed %d", i, SEED).isEmpty();
            assertThat(read.sample()).as("sample %d of seed %d", i, SEED).isEqualTo(original);
            assertThat(StudioCodec.write(read.sample())).as("sample %d of seed %d", i, SEED).isEqualTo(line);
        }
    }

    @Test
    void writeBytesIsTheUtf8OfWrite() {
        for (Sample sample : new RandomSamples(SEED + 1).list(300)) {
            assertThat(StudioCodec.writeBytes(sample)).isEqualTo(StudioCodec.write(sample).getBytes(UTF_8));
        }
    }

    @Test
    void loneSurrogatesFromJsonEscapesSurviveTheByteRoundTrip() {
        String line = "{\"schema\":\"trajectory-studio/v1\",\"id\":\"s\",\"kind\":\"trajectory\","
                + "\"question\":\"\\ud800 x \\udc00\",\"steps\":[],\"judgment\":\"unknown\"}";
        Sample sample = read(line.getBytes(UTF_8));
        assertThat(sample.question()).isEqualTo("\ud800 x \udc00");

        assertThat(read(StudioCodec.writeBytes(sample))).isEqualTo(sample);
    }

    @Test
    void writtenLineIsOneLineOfJson() {
        for (Sample sample : new RandomSamples(SEED + 2).list(500)) {
            String line = StudioCodec.write(sample);
            assertThat(line).doesNotContain("\n", "\r").startsWith("{\"schema\":\"trajectory-studio/v1\"");
        }
    }

    @Test
    void aFileOfGeneratedSamplesIsDetectedAsStudioAndReadsBackInOrder(@TempDir Path dir)
            throws IOException, FormatNotDetectedException {
        List<Sample> samples = new RandomSamples(SEED + 3).list(600);
        Path file = dir.resolve("samples.jsonl");
        try (var out = Files.newBufferedWriter(file, UTF_8)) {
            for (Sample sample : samples) {
                out.write(StudioCodec.write(sample));
                out.write('\n');
            }
        }

        List<Sample> read = new ArrayList<>();
        try (SampleReader reader = SampleReader.open(file, null)) {
            assertThat(reader.format().name()).isEqualTo(StudioFormat.NAME);
            reader.forEachRemaining(outcome -> {
                assertThat(outcome).as("line %d", outcome.line()).isInstanceOf(ReadOutcome.Read.class);
                assertThat(outcome.line()).isEqualTo(read.size() + 1);
                read.add(((ReadOutcome.Read) outcome).sample());
            });
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }
        assertThat(read).isEqualTo(samples);
    }

    private Sample read(byte[] line) {
        ReadOutcome outcome = parser.parse(new RawLine(1, 0, line));
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).sample();
    }
}
