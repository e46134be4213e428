package org.trajectorystudio.inference.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
import org.trajectorystudio.model.export.ExportMonitor;
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
            ExportResult result = new ExportPipeline("test").run(inputs, profile, folder.resolve("set.jsonl"), ExportMonitor.NONE);
            Path prefix = MegatronDataset.write(result.out(), tokenizer);
            assertThat(prefix.getFileName().toString()).isEqualTo("set_text_document");

            List<long[]> expected = new ArrayList<>();
            for (String line : Files.readAllLines(result.out())) {
                long[] ids = tokenizer.encode(Json.MAPPER.readTree(line).get("text").stringValue());
                long[] withEod = Arrays.copyOf(ids, ids.length + 1);
                withEod[ids.length] = 151643; // <|endoftext|> in Qwen3's tokenizer.json
                expected.add(withEod);
            }
            List<long[]> decoded = decode(prefix);
            assertThat(decoded).hasSize(3);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(decoded.get(i)).as("sequence %d", i).containsExactly(expected.get(i));
            }
        }
    }

    /** Megatron's reader, transcribed: little-endian throughout. */
    private static List<long[]> decode(Path prefix) throws Exception {
        ByteBuffer idx = ByteBuffer.wrap(Files.readAllBytes(prefix.resolveSibling(prefix.getFileName() + ".idx"))).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[9];
        idx.get(header);
        assertThat(new String(header, StandardCharsets.US_ASCII)).isEqualTo("MMIDIDX\0\0");
        assertThat(idx.getLong()).as("version").isEqualTo(1);
        byte dtype = idx.get();
        assertThat(dtype).as("dtype code (int32)").isEqualTo((byte) 4);
        long sequenceCount = idx.getLong();
        long documentCount = idx.getLong();
        int[] lengths = new int[(int) sequenceCount];
        for (int i = 0; i < sequenceCount; i++) {
            lengths[i] = idx.getInt();
        }
        long[] pointers = new long[(int) sequenceCount];
        for (int i = 0; i < sequenceCount; i++) {
            pointers[i] = idx.getLong();
        }
        long[] documents = new long[(int) documentCount];
        for (int i = 0; i < documentCount; i++) {
            documents[i] = idx.getLong();
        }
        assertThat(idx.remaining()).isZero();
        assertThat(documents[0]).isZero();
        assertThat(documents[documents.length - 1]).isEqualTo(sequenceCount);
        ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(prefix.resolveSibling(prefix.getFileName() + ".bin"))).order(ByteOrder.LITTLE_ENDIAN);
        List<long[]> sequences = new ArrayList<>();
        for (int i = 0; i < sequenceCount; i++) {
            long[] ids = new long[lengths[i]];
            for (int t = 0; t < lengths[i]; t++) {
                ids[t] = bin.getInt((int) pointers[i] + t * 4);
            }
            sequences.add(ids);
        }
        assertThat((long) bin.capacity()).isEqualTo(Arrays.stream(lengths).asLongStream().sum() * 4);
        return sequences;
    }
}
