package org.trajectorystudio.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;

class TokenizerSpecTest {
    @TempDir
    Path folder;

    @Test
    void approxIsTheLabelledEstimate() {
        TokenizerSpec spec = TokenizerSpec.parse(" APPROX ");
        assertThat(spec).isInstanceOf(TokenizerSpec.Approximate.class);
        try (CloseableTokenCounter counter = spec.open()) {
            assertThat(counter.exact()).isFalse();
            assertThat(counter.name()).isEqualTo("approx");
            assertThat(counter.count("the capital of Kyrgyzstan")).isEqualTo(ApproximateTokenCounter.INSTANCE.count("the capital of Kyrgyzstan"));
        }
    }

    @Test
    void hfSpecOpensAnExactCounter() throws IOException {
        Path file = new TinyBpe().writeTokenizerJson(folder.resolve("tokenizer.json"));
        TokenizerSpec spec = TokenizerSpec.parse("hf:" + file);
        assertThat(spec).isEqualTo(new TokenizerSpec.HuggingFace(file));
        assertThat(spec.text()).isEqualTo("hf:" + file);
        try (CloseableTokenCounter counter = spec.open()) {
            assertThat(counter.exact()).isTrue();
            assertThat(counter.count("the search")).isEqualTo(2);
        }
        assertThat(TokenizerSpec.parse("hf:" + folder)).isEqualTo(new TokenizerSpec.HuggingFace(folder));
    }

    @Test
    void ggufSpecIsCheckedForTheMagic() throws IOException {
        Path gguf = TinyGgufWriter.write(folder.resolve("m.gguf"), new TinyBpe(), null);
        assertThat(TokenizerSpec.parse("gguf:" + gguf)).isEqualTo(new TokenizerSpec.Gguf(gguf));
        Path notGguf = Files.writeString(folder.resolve("fake.gguf"), "PK\u0003\u0004 zip, not gguf");
        assertThatThrownBy(() -> TokenizerSpec.parse("gguf:" + notGguf))
                .hasMessage("gguf:" + notGguf + " is not a GGUF file (it does not start with \"GGUF\")");
        assertThatThrownBy(() -> TokenizerSpec.parse("gguf:" + folder)).hasMessage("gguf:" + folder + " is a folder, not a .gguf file");
    }

    @Test
    void errorsAreOneClearLine() throws IOException {
        Path missing = folder.resolve("nope/tokenizer.json");
        assertThatThrownBy(() -> TokenizerSpec.parse("hf:" + missing)).hasMessage("hf:" + missing + " does not exist");
        assertThatThrownBy(() -> TokenizerSpec.parse("hf:" + folder)).hasMessage("hf:" + folder + " is a folder without a tokenizer.json");

        Path config = Files.writeString(folder.resolve("tokenizer_config.json"), "{\"chat_template\": \"x\"}");
        assertThatThrownBy(() -> TokenizerSpec.parse("hf:" + config))
                .hasMessage("hf:" + config + " is not a tokenizer.json (it has no \"model\" object)");
        Path garbage = Files.writeString(folder.resolve("garbage.json"), "{not json");
        assertThatThrownBy(() -> TokenizerSpec.parse("hf:" + garbage)).hasMessageStartingWith("hf:" + garbage + " is not a tokenizer.json (not valid JSON: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        assertThatThrownBy(() -> TokenizerSpec.parse("tiktoken:cl100k")).hasMessage("unknown tokenizer 'tiktoken:cl100k' (expected approx, hf:PATH or gguf:PATH)");
        assertThatThrownBy(() -> TokenizerSpec.parse("hf:")).hasMessage("tokenizer hf: needs a path, as in hf:/models/qwen3/tokenizer.json");
        assertThatThrownBy(() -> TokenizerSpec.parse("")).hasMessage("no tokenizer given (expected approx, hf:PATH or gguf:PATH)");
    }

    @Test
    void aBrokenModelFileFailsInOneLine() throws IOException {
        byte[] tiny = Files.readAllBytes(TinyGgufWriter.write(folder.resolve("full.gguf"), new TinyBpe(), null));
        Path cut = Files.write(folder.resolve("cut.gguf"), java.util.Arrays.copyOf(tiny, 200));
        assertThatThrownBy(() -> GgufVocabCounter.open(cut)).isInstanceOf(TokenizerLoadException.class)
                .hasMessage("gguf:" + cut + " ends inside its header (truncated file?)");
    }
}
