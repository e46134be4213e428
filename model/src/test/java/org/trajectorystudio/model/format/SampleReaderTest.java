package org.trajectorystudio.model.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.format.studio.StudioFormat;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;

/** Whole files with bad lines in them: each bad line is rejected with its physical line number, the rest is read. */
class SampleReaderTest {
    /** Bad lines and the reason each must be rejected with. */
    private static final List<BadLine> BAD_LINES = List.of(
            new BadLine("[1,2]".getBytes(UTF_8), "not a JSON object (found an array)"),
            new BadLine("\"a string\"".getBytes(UTF_8), "not a JSON object (found a string)"),
            new BadLine("{\"question\":\"q\",\"steps\":[{\"thought\":\"cut".getBytes(UTF_8), "cut off"),
            new BadLine(invalidUtf8(), "invalid UTF-8"),
            new BadLine((line("x") + " garbage").getBytes(UTF_8), "not valid JSON at column"),
            new BadLine((line("x") + line("y")).getBytes(UTF_8), "more content after the record"),
            new BadLine("{\"schema\":\"trajectory-studio/v1\",\"steps\":[]}".getBytes(UTF_8), "no 'question' string"),
            new BadLine("{\"schema\":\"trajectory-studio/v1\",\"question\":\"q\"}".getBytes(UTF_8), "no 'steps' array"));

    @TempDir
    Path dir;

    @Test
    void rejectsEachBadLineWithItsPhysicalLineNumberAndReadsOn() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes((line("first") + "\r\n\r\n").getBytes(UTF_8));                        // 1, blank 2
        for (BadLine bad : BAD_LINES) {                                                          // 3, 5, …, 17
            file.writeBytes(bad.bytes());
            file.writeBytes("\n\n".getBytes(UTF_8));
        }
        String huge = "h".repeat(2 * 1024 * 1024);
        file.writeBytes((line(huge) + "\r\n").getBytes(UTF_8));                                 // 19
        file.writeBytes(line("last").getBytes(UTF_8));                                          // 20, no newline

        List<ReadOutcome> outcomes = readAll(write("mixed.jsonl", file.toByteArray()));

        assertThat(outcomes).hasSize(BAD_LINES.size() + 3);
        assertRead(outcomes.getFirst(), 1, "first");
        for (int i = 0; i < BAD_LINES.size(); i++) {
            assertRejected(outcomes.get(1 + i), 3 + 2 * i, BAD_LINES.get(i).reason());
        }
        assertRead(outcomes.get(BAD_LINES.size() + 1), 19, huge);
        assertRead(outcomes.getLast(), 20, "last");
    }

    @Test
    void aThousandLinesWithEverySeventhBadGiveExactCounts() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int number = 1; number <= 1_000; number++) {
            file.writeBytes(number % 7 == 0 ? BAD_LINES.get(number / 7 % BAD_LINES.size()).bytes() : line("q" + number).getBytes(UTF_8));
            file.write('\n');
        }

        List<ReadOutcome> outcomes = readAll(write("thousand.jsonl", file.toByteArray()));

        List<ReadOutcome.Rejected> rejected = outcomes.stream()
                .filter(ReadOutcome.Rejected.class::isInstance).map(ReadOutcome.Rejected.class::cast).toList();
        List<ReadOutcome.Read> read = outcomes.stream()
                .filter(ReadOutcome.Read.class::isInstance).map(ReadOutcome.Read.class::cast).toList();
        assertThat(rejected).hasSize(142);
        assertThat(read).hasSize(858);
        assertThat(rejected).extracting(ReadOutcome::line)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 142).mapToObj(i -> 7L * i).toList());
        assertThat(rejected).allSatisfy(outcome ->
                assertThat(outcome.reason()).contains(BAD_LINES.get((int) (outcome.line() / 7 % BAD_LINES.size())).reason()));
        assertThat(read).allSatisfy(outcome -> assertThat(outcome.sample().question()).isEqualTo("q" + outcome.line()));
    }

    @Test
    void detectsAStudioFileWithOrWithoutTheSchemaField() throws Exception {
        Path withSchema = write("studio.jsonl", (line("a") + "\n" + line("b") + "\n").getBytes(UTF_8));
        Path withoutSchema = write("bare.jsonl", "{\"question\":\"a\",\"steps\":[]}\n".getBytes(UTF_8));

        try (SampleReader reader = SampleReader.open(withSchema, null)) {
            assertThat(reader.format().name()).isEqualTo(StudioFormat.NAME);
        }
        try (SampleReader reader = SampleReader.open(withoutSchema, null)) {
            assertThat(reader.format().name()).isEqualTo(StudioFormat.NAME);
            assertThat(reader.next()).isInstanceOf(ReadOutcome.Read.class);
        }
    }

    @Test
    void detectionSkipsBadLinesAndTheyAreStillReportedAfterwards() throws Exception {
        Path file = write("bad-first.jsonl", ("[1]\n{\"question\":\"q\"\n" + line("good") + "\n").getBytes(UTF_8));

        List<ReadOutcome> outcomes = readAll(file);

        assertThat(outcomes).extracting(ReadOutcome::line, outcome -> outcome instanceof ReadOutcome.Read)
                .containsExactly(tuple(1L, false), tuple(2L, false), tuple(3L, true));
    }

    @Test
    void aFileWithNoJsonObjectCountsItsLinesOrTheArraysRecords() throws IOException {
        // A README among data/* said "no JSON record in the first 3 records (record 1, line 1: …)".
        Path notes = write("NOTES.md", "# Sources\n\nAll public.\nSee the paper.\n".getBytes(UTF_8));
        Path numbers = write("numbers.json", "[1, 2, 3]".getBytes(UTF_8));

        assertThatThrownBy(() -> SampleReader.open(notes, null)).isInstanceOf(FormatNotDetectedException.class)
                .hasMessage(notes + ": no JSON object in the first 3 lines (line 1: not valid JSON at column 1:"
                        + " Unexpected character ('#' (code 35)))");
        assertThatThrownBy(() -> SampleReader.open(numbers, null)).isInstanceOf(FormatNotDetectedException.class)
                .hasMessageStartingWith(numbers + ": no JSON object in the first 3 records (line 1: ");
    }

    @Test
    void anUnknownShapeIsNotDetectedAndTheMessageNamesTheFormatOption() throws IOException {
        Path file = write("unknown.jsonl", "{\"foo\":1,\"bar\":[2]}\n{\"foo\":2}\n".getBytes(UTF_8));

        assertThatThrownBy(() -> SampleReader.open(file, null))
                .isInstanceOf(FormatNotDetectedException.class)
                .hasMessageContaining("unknown.jsonl")
                .hasMessageContaining("no conversation found: top-level keys are foo, bar; name one with --messages-key")
                .hasMessageContaining("--format")
                .hasMessageContaining(StudioFormat.NAME);
    }

    @Test
    void aNamedFormatSkipsDetectionAndRejectsWhatItCannotRead() throws Exception {
        Path file = write("unknown.jsonl", "{\"foo\":1}\n".getBytes(UTF_8));

        try (SampleReader reader = SampleReader.open(file, new StudioFormat())) {
            ReadOutcome outcome = reader.next();
            assertThat(outcome).isEqualTo(new ReadOutcome.Rejected(1, "no 'question' string"));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void anEmptyOrBlankFileYieldsNothing() throws Exception {
        assertThat(readAll(write("empty.jsonl", new byte[0]))).isEmpty();
        assertThat(readAll(write("blank.jsonl", "\n \r\n\t\n".getBytes(UTF_8)))).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private record BadLine(byte[] bytes, String reason) {}

    private static String line(String question) {
        Step step = Step.of("thinking", new FinalAnswer("42"), null);
        Sample sample = new Sample("id-" + question.hashCode(), SampleKind.TRAJECTORY, question, null, null,
                List.of(), List.of(), List.of(step), Judgment.UNKNOWN, Map.of());
        return StudioCodec.write(sample);
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"question\":\"caf".getBytes(UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        out.writeBytes("\",\"steps\":[]}".getBytes(UTF_8));
        return out.toByteArray();
    }

    private static void assertRead(ReadOutcome outcome, long line, String question) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        assertThat(outcome.line()).isEqualTo(line);
        assertThat(((ReadOutcome.Read) outcome).sample().question()).isEqualTo(question);
    }

    private static void assertRejected(ReadOutcome outcome, long line, String reason) {
        assertThat(outcome).as("line %d", line).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(outcome.line()).isEqualTo(line);
        assertThat(((ReadOutcome.Rejected) outcome).reason()).contains(reason);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static List<ReadOutcome> readAll(Path file) throws IOException, FormatNotDetectedException {
        List<ReadOutcome> outcomes = new ArrayList<>();
        try (SampleReader reader = SampleReader.open(file, null)) {
            assertThat(reader.format().name()).isEqualTo(StudioFormat.NAME);
            reader.forEachRemaining(outcomes::add);
        }
        return outcomes;
    }
}
