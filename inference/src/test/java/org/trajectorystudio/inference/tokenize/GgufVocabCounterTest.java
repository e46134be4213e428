package org.trajectorystudio.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** llama.cpp's tokenizer on a GGUF written by the test, against the same hand-worked counts as the HF tokenizer. */
class GgufVocabCounterTest {
    static final TinyBpe VOCAB = new TinyBpe();
    static Path gguf;
    static GgufVocabCounter counter;

    @BeforeAll
    static void writeModel(@TempDir Path folder) throws IOException {
        gguf = TinyGgufWriter.write(folder.resolve("tiny.gguf"), VOCAB, "{{ bos_token }}");
        counter = GgufVocabCounter.open(gguf);
    }

    @AfterAll
    static void close() {
        if (counter != null) {
            counter.close();
        }
    }

    @Test
    void countsAreExactAndAgreeWithTheHuggingFaceTokenizer() {
        for (HfTokenizerCounterTest.Case c : HfTokenizerCounterTest.CASES) {
            assertThat(counter.count(c.text())).as("'%s'", c.text()).isEqualTo(c.tokens());
        }
        assertThat(counter.encode("the search")).containsExactly(VOCAB.id("the"), VOCAB.id(TinyBpe.SPACE + "search"));
        assertThat(counter.encode("<|im_start|>")).as("a control token written in the text is one token, and no BOS is added")
                .containsExactly(VOCAB.id("<|im_start|>"));
    }

    @Test
    void nameIdentifiesTheFileAndModel() {
        assertThat(counter.exact()).isTrue();
        assertThat(counter.name()).matches("gguf:tiny\\.gguf \\(tiny-test\\) vocab " + VOCAB.tokens().size() + " sha256:[0-9a-f]{12}");
    }

    @Test
    void headerIsReadWithoutLlamaCpp() {
        GgufMetadata metadata = GgufMetadata.read(gguf);
        assertThat(metadata.string("general.architecture")).isEqualTo("llama");
        assertThat(metadata.integer("llama.block_count")).isEqualTo(1L);
        assertThat(metadata.chatTemplate()).isEqualTo("{{ bos_token }}");
        assertThat(metadata.bosToken()).isEqualTo("<|endoftext|>");
        assertThat(metadata.eosToken()).isEqualTo("<|im_end|>");
        assertThat(metadata.vocabularySize()).isEqualTo(VOCAB.tokens().size());
    }
}
