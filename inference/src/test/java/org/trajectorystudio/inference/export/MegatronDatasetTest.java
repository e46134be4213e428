package org.trajectorystudio.inference.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.template.JinjaChatTemplate;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportInput;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.json.Json;

/**
 * A cpt-text export with the real Qwen3 files, written as a Megatron-LM indexed dataset and decoded the way Megatron's
 * {@code _IndexReader} and {@code IndexedDataset.__getitem__} do (header, version, dtype, counts, lengths, pointers,
 * document indices, then a view of {@code .bin} at each pointer): every sequence is the exported text's exact token ids
 * followed by the end-of-document token.
 */
class MegatronDatasetTest {
    @TempDir
    Path folder;

    @Test
    void theIndexedDatasetDecodesToTheExportedTokenIds() throws Exception {
        try (HfTokenizerCounter tokenizer = HfTokenizerCounter.open(Qwen3Files.tokenizerJson())) {
            ExportProfile profile = ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(tokenizer)
                    .template(JinjaChatTemplate.fromTokenizerConfig(Qwen3Files.tokenizerConfig())).build();
            List<ExportInput> inputs = List.of(new ExportInput(TestSamples.trajectory("a", 2), 1, "s"),
                    new ExportInput(TestSamples.trajectory("b", 3), 1, "s"), new ExportInput(TestSamples.trajectory("c", 1), 1, "s"));
            ExportResult result = new ExportPipeline("test").run(inputs, profile, folder.resolve("set.jsonl"));
            Path prefix = MegatronDataset.write(result.out(), tokenizer);
            assertThat(prefix.getFileName().toString()).isEqualTo("set_text_document");

            List<long[]> expected = new ArrayList<>();
            for (String line : Files.readAllLines(result.out())) {
                long[] ids = tokenizer.encode(Json.MAPPER.readTree(line).get("text").stringValue());
                long[] withEod = Arrays.copyOf(ids, ids.length + 1);
                withEod[ids.length] = 151643; // <|endoftext|> in Qwen3's tokenizer.json
                expected.add(withEod);
            }
            List<long[]> decoded = MegatronReader.decode(prefix);
            assertThat(decoded).hasSize(3);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(decoded.get(i)).as("sequence %d", i).containsExactly(expected.get(i));
            }
        }
    }
}
