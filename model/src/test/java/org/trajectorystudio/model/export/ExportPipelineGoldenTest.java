package org.trajectorystudio.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Every format against its golden file, byte for byte, with its manifest. The HAS set holds a sample whose candidates
 * a curator edited (revision 2) and the FAS set a reasoning sample. The {@code .txt} goldens show the same texts
 * unescaped, for review.
 */
class ExportPipelineGoldenTest {
    @TempDir
    Path folder;

    static List<ExportInput> inputs() {
        return List.of(
                new ExportInput(ExportSamples.trajectory(), 1, "sha256:aaaa"),
                new ExportInput(ExportSamples.hasDecisionEdited(), 2, "sha256:bbbb"),
                new ExportInput(ExportSamples.hasIncorrect(), 1, "sha256:bbbb"),
                new ExportInput(ExportSamples.fasPlanning(), 1, "sha256:cccc"),
                new ExportInput(ExportSamples.fasReasoning(), 3, "sha256:cccc"));
    }

    private ExportResult export(ExportProfile profile, String name) throws IOException {
        return new ExportPipeline("0.1.0-test").run(inputs(), profile, folder.resolve(name));
    }

    private void assertGolden(ExportResult result, String name) throws IOException {
        Golden.assertMatches(name, Files.readAllBytes(result.out()));
        Golden.assertMatches(name + ".manifest.json", Files.readAllBytes(result.manifest()));
    }

    private static ExportProfile.Builder profile(ExportFormat format) {
        return ExportProfile.builder(format).tokenizer(WordCounter.INSTANCE).seed(2024).filters(Map.of("verdict", "accepted"));
    }

    @Test
    void chat() throws IOException {
        ExportResult result = export(profile(ExportFormat.CHAT).build(), "chat.jsonl");
        assertGolden(result, "chat.jsonl");
        assertThat(result.exported()).isEqualTo(5);
        JsonNode first = Json.MAPPER.readTree(Files.readAllLines(result.out()).getFirst());
        assertThat(first.get("messages")).extracting(message -> message.get("role").stringValue() + ":" + message.get("weight").intValue())
                .containsExactly("system:0", "user:0", "assistant:1", "tool:0", "assistant:1", "tool:0", "assistant:1");
        assertThat(first.get("tools").get(0).get("function").get("name").stringValue()).isEqualTo("search");
    }

    @Test
    void cptText() throws IOException {
        ExportResult result = export(profile(ExportFormat.CPT_TEXT).build(), "cpt-text.jsonl");
        assertGolden(result, "cpt-text.jsonl");
        assertThat(result.exported()).isEqualTo(5);
    }

    @Test
    void hasTextInPresentedOrder() throws IOException {
        ExportResult result = export(profile(ExportFormat.HAS_TEXT).build(), "has-text.jsonl");
        assertGolden(result, "has-text.jsonl");
        Golden.assertMatches("has-text.txt", texts(result.out()));
        assertThat(result.exported()).isEqualTo(3);
        assertThat(result.skipped()).as("the two FAS samples").isEqualTo(2);
    }

    @Test
    void hasTextShuffled() throws IOException {
        ExportResult result = export(profile(ExportFormat.HAS_TEXT).shuffleCandidates(true).build(), "has-text-shuffled.jsonl");
        Golden.assertMatches("has-text-shuffled.txt", texts(result.out()));
        ExportResult presented = export(profile(ExportFormat.HAS_TEXT).build(), "has-text.jsonl");
        assertThat(Files.readString(result.out())).isNotEqualTo(Files.readString(presented.out()));
        assertThat(result.exported()).isEqualTo(presented.exported());
    }

    @Test
    void fasText() throws IOException {
        ExportResult result = export(profile(ExportFormat.FAS_TEXT).build(), "fas-text.jsonl");
        assertGolden(result, "fas-text.jsonl");
        Golden.assertMatches("fas-text.txt", texts(result.out()));
        assertThat(result.exported()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(3);
    }

    /** The records' texts, unescaped, each under a line with its id. */
    private static byte[] texts(Path jsonl) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode record = Json.MAPPER.readTree(line);
            out.append("===== ").append(record.get("id").stringValue()).append(" =====\n").append(record.get("text").stringValue()).append("\n");
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
