package org.trajectorystudio.model.format.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/** Test support for the chat formats: records from JSON text, JSONL files, reads with their warnings. */
public final class ChatRecords {
    private ChatRecords() {}

    public static ObjectNode record(String json) {
        return (ObjectNode) Json.MAPPER.readTree(json);
    }

    /** One JSONL line: the JSON text made compact. */
    public static String line(String json) {
        return Json.write(Json.MAPPER.readTree(json));
    }

    /** A sample read directly by the format, with the warnings it gave. */
    public record Read(Sample sample, List<String> warnings) {}

    public static Read read(SampleFormat format, String json) throws RecordRejectedException {
        RecordContext context = new RecordContext(1);
        Sample sample = format.read(record(json), context);
        return new Read(sample, context.warnings());
    }

    /** Writes the lines to a file and reads it with format detection; returns the format name and the outcomes. */
    public static FileRead readFile(Path dir, List<String> lines) throws IOException, FormatNotDetectedException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        List<ReadOutcome> outcomes = new ArrayList<>();
        String format;
        try (SampleReader reader = SampleReader.open(file, null)) {
            format = reader.format().name();
            reader.forEachRemaining(outcomes::add);
        }
        return new FileRead(format, outcomes);
    }

    public record FileRead(String format, List<ReadOutcome> outcomes) {
        public ReadOutcome.Read read(int index) {
            assertThat(outcomes.get(index)).isInstanceOf(ReadOutcome.Read.class);
            return (ReadOutcome.Read) outcomes.get(index);
        }

        public ReadOutcome.Rejected rejected(int index) {
            assertThat(outcomes.get(index)).isInstanceOf(ReadOutcome.Rejected.class);
            return (ReadOutcome.Rejected) outcomes.get(index);
        }
    }
}
