package org.trajectorystudio.model.format.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.ReadOptions;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.inspect.FileInspector;
import org.trajectorystudio.model.inspect.InspectionReport;
import org.trajectorystudio.model.sample.Step;

/** Every container the studio reads, written by the test itself, read through the same path as a real file. */
class ContainersTest {
    /** Two OpenAI records: one search call then an answer; a follow-up user turn then a second answer. */
    private static final String FIRST = """
            {"id": "a", "messages": [{"role": "user", "content": "q1"},
             {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function",
               "function": {"name": "search", "arguments": "{\\"query\\": [\\"x\\"]}"}}]},
             {"role": "tool", "tool_call_id": "c1", "content": "r1"},
             {"role": "assistant", "content": "A1"}]}""";
    private static final String SECOND = """
            {"id": "b", "messages": [{"role": "user", "content": "q2"}, {"role": "assistant", "content": "A2"},
             {"role": "user", "content": "and then?"}, {"role": "assistant", "content": "A3"}]}""";

    @TempDir
    Path dir;

    private static String oneLine(String json) {
        return json.replace("\n", " ");
    }

    private static String jsonl() {
        return oneLine(FIRST) + "\n" + oneLine(SECOND) + "\n";
    }

    /** Counted by hand from FIRST and SECOND: 2 samples, 4 steps, 1 search call, 3 answer steps, 2 final answers. */
    private static void assertTwoRecords(InspectionReport report) {
        assertThat(report.rejected()).isEmpty();
        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.steps()).isEqualTo(4);
        assertThat(report.toolCalls()).isEqualTo(1);
        assertThat(report.tools()).containsExactlyEntriesOf(java.util.Map.of("search", 1L));
        assertThat(report.answers()).isEqualTo(3);
        assertThat(report.finalAnswers()).isEqualTo(2);
        assertThat(report.warnings()).isEmpty();
    }

    private InspectionReport inspect(Path file) throws Exception {
        return FileInspector.inspect(file, null);
    }

    @Test
    void aPrettyPrintedArrayOfRecordsIsReadElementByElementWithTheLineEachStartsOn() throws Exception {
        Path file = Files.writeString(dir.resolve("set.json"), "[\n  " + FIRST + ",\n  " + SECOND + "\n]\n");
        assertTwoRecords(inspect(file));
        try (SampleReader reader = SampleReader.open(file, null)) {
            List<Long> lines = new ArrayList<>();
            reader.forEachRemaining(outcome -> lines.add(outcome.line()));
            assertThat(lines).containsExactly(2L, 7L);
        }
    }

    @Test
    void aFollowUpUserTurnGoesWithTheNextStep() throws Exception {
        Path file = Files.writeString(dir.resolve("set.jsonl"), jsonl());
        try (SampleReader reader = SampleReader.open(file, null)) {
            reader.next();
            ReadOutcome.Read second = (ReadOutcome.Read) reader.next();
            List<Step> steps = second.sample().steps();
            assertThat(steps).hasSize(2);
            assertThat(steps.get(0).user()).isNull();
            assertThat(steps.get(1).user()).isEqualTo("and then?");
        }
    }

    @Test
    void onePrettyPrintedObjectIsOneRecord() throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"), FIRST.replace(", ", ",\n    ") + "\n");
        InspectionReport report = inspect(file);
        assertThat(report.samples()).isEqualTo(1);
        assertThat(report.toolCalls()).isEqualTo(1);
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void aBareArrayOfMessagesIsOneConversation() throws Exception {
        String messages = FIRST.substring(FIRST.indexOf('['), FIRST.lastIndexOf(']') + 1);
        Path file = Files.writeString(dir.resolve("messages.json"), messages);
        InspectionReport report = inspect(file);
        assertThat(report.samples()).isEqualTo(1);
        assertThat(report.steps()).isEqualTo(2);
        assertThat(report.finalAnswers()).isEqualTo(1);
    }

    @Test
    void gzipAndZstdOfAnyContainerAreUnwrapped() throws Exception {
        byte[] array = ("[" + FIRST + "," + SECOND + "]").getBytes(StandardCharsets.UTF_8);
        byte[] lines = jsonl().getBytes(StandardCharsets.UTF_8);
        assertTwoRecords(inspect(Files.write(dir.resolve("a.jsonl.gz"), gzip(lines))));
        assertTwoRecords(inspect(Files.write(dir.resolve("a.json.gz"), gzip(array))));
        assertTwoRecords(inspect(Files.write(dir.resolve("a.jsonl.zst"), zstd(lines))));
        assertTwoRecords(inspect(Files.write(dir.resolve("a.json.zst"), zstd(array))));
    }

    @Test
    void utf16AndUtf32FilesAreReadByTheirByteOrderMark() throws Exception {
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            byte[] bom = "\uFEFF".getBytes(Charset.forName(charset));
            byte[] text = jsonl().getBytes(Charset.forName(charset));
            byte[] file = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, file, 0, bom.length);
            System.arraycopy(text, 0, file, bom.length, text.length);
            InspectionReport report = inspect(Files.write(dir.resolve(charset + ".jsonl"), file));
            assertThat(report.samples()).as(charset).isEqualTo(2);
            assertThat(report.rejected()).as(charset).isEmpty();
        }
    }

    @Test
    void aRecordOverTheSizeBoundIsRejectedWithItsLineAndSizeAndReadingGoesOn() throws Exception {
        String big = oneLine(SECOND).replace("\"A2\"", "\"" + "x".repeat(5000) + "\"");
        Path file = Files.writeString(dir.resolve("big.jsonl"), oneLine(FIRST) + "\n" + big + "\n" + oneLine(SECOND) + "\n");
        ReadOptions small = ReadOptions.DEFAULT.withMaxRecordBytes(1000);
        InspectionReport report = FileInspector.inspectWith(file, small);
        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.reason()).contains("record of " + String.format("%,d", big.length()) + " bytes")
                    .contains("over the record size limit");
        });
        Path array = Files.writeString(dir.resolve("big.json"), "[" + FIRST + ",\n" + big + ",\n" + SECOND + "]");
        InspectionReport fromArray = FileInspector.inspectWith(array, small);
        assertThat(fromArray.samples()).isEqualTo(2);
        assertThat(fromArray.rejected()).singleElement().satisfies(issue -> assertThat(issue.line()).isEqualTo(6));
    }

    @Test
    void anInspectEvalLogIsReadWithItsAttachmentsResolved() throws Exception {
        String sample = """
                {"id": 1, "epoch": 1, "uuid": "u-1", "target": "42",
                 "messages": [{"role": "system", "content": "attachment://abc"}, {"role": "user", "content": "Guess"},
                  {"role": "assistant", "content": "", "tool_calls": [{"id": "t1", "function": "bash", "arguments": {"cmd": "ls"}, "type": "function"}]},
                  {"role": "tool", "tool_call_id": "t1", "function": "bash", "content": "bin"},
                  {"role": "assistant", "content": "42"}],
                 "attachments": {"abc": "You are a careful guesser."},
                 "events": [], "message_pool": []}""";
        Path file = dir.resolve("log.eval");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "header.json", "{\"version\": 2}");
            put(zip, "samples/1_epoch_1.json", sample);
        }
        try (SampleReader reader = SampleReader.open(file, null)) {
            ReadOutcome.Read read = (ReadOutcome.Read) reader.next();
            assertThat(read.sample().id()).isEqualTo("u-1");
            assertThat(read.sample().system()).isEqualTo("You are a careful guesser.");
            assertThat(read.sample().answer()).isEqualTo("42");
            assertThat(read.sample().steps()).hasSize(2);
            assertThat(read.sample().steps().getFirst().toolCalls().getFirst().name()).isEqualTo("bash");
            assertThat(read.sample().steps().getFirst().observation()).isEqualTo("bin");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void errorsSayWhatTheFileIs() throws Exception {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "readme.txt", "hello");
        }
        assertThatThrownBy(() -> inspect(zip)).isInstanceOf(FormatNotDetectedException.class)
                .hasMessageContaining("a ZIP file that is not an Inspect AI log");
        Path binary = Files.write(dir.resolve("model.bin"), new byte[] {1, 2, 0, 0, 5, 6});
        assertThatThrownBy(() -> inspect(binary)).isInstanceOf(FormatNotDetectedException.class)
                .hasMessageContaining("a binary file");
        Path unknown = Files.writeString(dir.resolve("results.json"),
                "[{\"task_id\": 1, \"reward\": 0, \"info\": {}, \"steps_taken\": [], \"trial\": 0}]");
        assertThatThrownBy(() -> inspect(unknown)).isInstanceOf(FormatNotDetectedException.class)
                .hasMessageContaining("no conversation found: top-level keys are task_id, reward, info, steps_taken,"
                        + " trial; name one with --messages-key");
    }

    @Test
    void messagesKeyNamesWhereTheConversationLives() throws Exception {
        String nested = "{\"data\": {\"dialog\": " + FIRST.substring(FIRST.indexOf('['), FIRST.lastIndexOf(']') + 1)
                .replace("\n", " ") + "}, \"score\": 1}\n";
        Path file = Files.writeString(dir.resolve("nested.jsonl"), nested);
        assertThatThrownBy(() -> inspect(file)).hasMessageContaining("top-level keys are data, score");
        InspectionReport report = FileInspector.inspectWith(file, ReadOptions.DEFAULT.withMessagesKey("data.dialog"));
        assertThat(report.samples()).isEqualTo(1);
        assertThat(report.toolCalls()).isEqualTo(1);
    }

    @Test
    void aSourceIdTooLongForTheLibraryGivesWayToTheContentIdWithAWarning() throws Exception {
        String id = "Step 1: " + "q".repeat(300);
        Path file = Files.writeString(dir.resolve("long.jsonl"), oneLine(FIRST).replace("\"id\": \"a\"", "\"id\": \"" + id + "\"") + "\n");
        try (SampleReader reader = SampleReader.open(file, null)) {
            ReadOutcome.Read read = (ReadOutcome.Read) reader.next();
            assertThat(read.sample().id()).hasSize(24).doesNotContain("Step");
            assertThat(read.sample().metadata().get("sourceId").stringValue()).isEqualTo(id);
            assertThat(read.warnings()).singleElement().asString().contains("308 characters");
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] zstd(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zs = new ZstdOutputStream(out)) {
            zs.write(bytes);
        }
        return out.toByteArray();
    }
}
