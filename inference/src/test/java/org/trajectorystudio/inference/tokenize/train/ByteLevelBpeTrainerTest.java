package org.trajectorystudio.inference.tokenize.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;

/** The trained tokenizer.json loads in the real HF tokenizers (DJL), round-trips text and is reproducible. */
class ByteLevelBpeTrainerTest {
    @TempDir
    Path dir;

    private static List<String> corpus() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("<|im_start|>assistant\n<think>I should search for the Derby winner " + i + ".</think>\n"
                    + "<tool_call>{\"name\": \"search\", \"arguments\": {\"query\": [\"Epsom Derby " + (1900 + i) + "\"]}}</tool_call><|im_end|>");
        }
        return texts;
    }

    @Test
    void trainedVocabularyIsDeterministicLoadsAndRoundTrips() throws Exception {
        ByteLevelBpeTrainer trainer = ByteLevelBpeTrainer.train(corpus(), 300);
        Path first = trainer.write(dir.resolve("a.json"));
        Path second = ByteLevelBpeTrainer.train(corpus(), 300).write(dir.resolve("b.json"));
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(trainer.mergeCount()).isBetween(50, 300);

        String text = "<|im_start|>assistant\n<think>I should search for the Derby winner 7.</think> Ünïcode ✓<|im_end|>";
        try (HfTokenizerCounter counter = HfTokenizerCounter.open(first);
             HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(first).optAddSpecialTokens(false).build()) {
            long[] ids = counter.encode(text);
            assertThat(tokenizer.decode(ids, false)).isEqualTo(text);
            // Frequent words became single tokens; the specials and tool tags are one token each.
            assertThat(counter.count(" search")).isEqualTo(1);
            assertThat(counter.count("<|im_start|>")).isEqualTo(1);
            assertThat(counter.count("<tool_call>")).isEqualTo(1);
            assertThat(ids.length).isLessThan(text.length() / 2);
        }
    }
}
