package org.trajectorystudio.persistence.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import tools.jackson.databind.JsonNode;

/**
 * The records the import's AOT cache is trained on ({@code REACT_CHATML_VARIED}) import cleanly, take the paths real
 * records take (text beyond Latin-1, visit calls, source-text hints), and keep the real WebDancer records' proportions.
 */
class SyntheticTrajectoriesTest {
    @TempDir
    Path dir;

    @Test
    void variedRecordsImportCleanlyAndTakeThePathsRealRecordsTake() throws IOException {
        Path file = dir.resolve("varied.jsonl");
        long records = new SyntheticTrajectories(7).write(file, 3_000_000L, SyntheticTrajectories.Format.REACT_CHATML_VARIED);
        String text = Files.readString(file);
        assertThat(text.chars().anyMatch(c -> c > 0xFF)).as("text beyond Latin-1").isTrue();
        assertThat(text).contains("\\\"name\\\": \\\"visit\\\"").contains("<answer>\\n");

        try (Library library = Library.open(dir.resolve("library"))) {
            ImportResult result = library.importFile(file);
            assertThat(result.rejectedCount()).isZero();
            assertThat(result.warningCount()).isZero();
            assertThat(result.imported()).isEqualTo(records);
            long hinted = 0;
            for (SampleSummary row : library.samples().page(SampleQuery.all(), 200).rows()) {
                Sample sample = library.samples().load(row.id()).orElseThrow();
                hinted += sample.steps().stream().filter(step -> step.metadata().containsKey(SourceHints.SOURCE_TEXT)).count();
            }
            assertThat(hinted).as("steps whose source text differs from the convention").isPositive();
        }
        Path again = dir.resolve("again.jsonl");
        new SyntheticTrajectories(7).write(again, 3_000_000L, SyntheticTrajectories.Format.REACT_CHATML_VARIED);
        assertThat(Files.mismatch(file, again)).isEqualTo(-1L);
    }

    @Test
    void variedRecordsKeepTheRealRecordsProportions() throws IOException {
        Path file = dir.resolve("varied.jsonl");
        new SyntheticTrajectories(7).write(file, 4_000_000L, SyntheticTrajectories.Format.REACT_CHATML_VARIED);
        Shape generated = Shape.of(Files.readAllLines(file));
        Shape real = Shape.of(Files.readAllLines(VariedTrajectoriesTest.shared("data/webdancer_sample_traj.jsonl")));

        assertThat(generated.callsPerRecord()).isCloseTo(real.callsPerRecord(), withPercentage(25));
        assertThat(generated.responseChars()).isCloseTo(real.responseChars(), withPercentage(35));
        assertThat(generated.assistantChars()).isCloseTo(real.assistantChars(), withPercentage(35));
        assertThat(generated.beyondLatin1PerMillion()).isBetween(real.beyondLatin1PerMillion() / 4, real.beyondLatin1PerMillion() * 4);
    }

    /** Tool calls per record, mean characters of a tool response and of an assistant turn, characters above U+00FF per million. */
    private record Shape(double callsPerRecord, double responseChars, double assistantChars, double beyondLatin1PerMillion) {
        static Shape of(List<String> lines) {
            long records = 0;
            long calls = 0;
            long responses = 0;
            long responseChars = 0;
            long assistants = 0;
            long assistantChars = 0;
            long chars = 0;
            long beyond = 0;
            for (String line : lines) {
                records++;
                List<JsonNode> messages = Json.MAPPER.readTree(line).get("messages").valueStream().toList();
                for (JsonNode message : messages.subList(2, messages.size())) {
                    String content = message.get("content").asString();
                    chars += content.length();
                    beyond += content.chars().filter(c -> c > 0xFF).count();
                    if (message.get("role").asString().equals("assistant")) {
                        assistants++;
                        assistantChars += content.length();
                        calls += content.contains("<tool_call>") ? 1 : 0;
                    } else {
                        responses++;
                        responseChars += content.length();
                    }
                }
            }
            return new Shape((double) calls / records, (double) responseChars / responses,
                    (double) assistantChars / assistants, beyond * 1e6 / chars);
        }
    }
}
