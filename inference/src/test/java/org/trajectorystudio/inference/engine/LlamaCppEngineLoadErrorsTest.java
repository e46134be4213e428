package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file a user may point the embedded engine at ends in one clear message, and none of them crashes the JVM. */
class LlamaCppEngineLoadErrorsTest {
    @TempDir
    Path dir;

    private static EngineSettings settings(Path file) {
        return new EngineSettings(file, 0, 0, 1);
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nowhere.gguf");

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(missing)))
                .isInstanceOf(EngineException.ModelNotFound.class)
                .hasMessage("The model file " + missing + " does not exist");
    }

    @Test
    void folder() {
        assertThatThrownBy(() -> LlamaCppEngine.load(settings(dir)))
                .isInstanceOf(EngineException.ModelNotFound.class)
                .hasMessage(dir + " is a folder, not a GGUF model file");
    }

    @Test
    void textFileIsNotAGguf() throws Exception {
        Path text = Files.writeString(dir.resolve("model.safetensors"), "{\"__metadata__\": {}}");

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(text)))
                .isInstanceOf(EngineException.NotAGguf.class)
                .hasMessageStartingWith("model.safetensors is not a GGUF model file (it does not start with 'GGUF')");
    }

    @Test
    void emptyFileIsNotAGguf() throws Exception {
        Path empty = Files.write(dir.resolve("empty.gguf"), new byte[0]);

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(empty)))
                .isInstanceOf(EngineException.NotAGguf.class)
                .hasMessageStartingWith("empty.gguf is not a GGUF model file");
    }

    @Test
    void oldGgufVersion() throws Exception {
        byte[] bytes = Files.readAllBytes(TinyGguf.write(dir.resolve("v1.gguf")));
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1);
        Path v1 = Files.write(dir.resolve("v1.gguf"), bytes);

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(v1)))
                .isInstanceOf(EngineException.NotAGguf.class)
                .hasMessage("v1.gguf is GGUF version 1, which this llama.cpp does not read (it reads versions 2 and 3)");
    }

    @Test
    void truncatedDownloadIsCaughtBeforeNativeCode() throws Exception {
        byte[] whole = Files.readAllBytes(TinyGguf.write(dir.resolve("whole.gguf")));
        Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(whole, whole.length - 1000));

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(cut)))
                .isInstanceOf(EngineException.NotAGguf.class)
                .hasMessage("cut.gguf is damaged or incomplete: its tensors need " + whole.length + " bytes but the file has "
                        + (whole.length - 1000) + " (an interrupted download?)");
    }

    @Test
    void fileCutInsideItsHeader() throws Exception {
        byte[] whole = Files.readAllBytes(TinyGguf.write(dir.resolve("whole.gguf")));
        Path cut = Files.write(dir.resolve("header.gguf"), Arrays.copyOf(whole, 2000));

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(cut)))
                .isInstanceOf(EngineException.NotAGguf.class)
                .hasMessage("header.gguf is damaged or incomplete: its GGUF header cannot be read to the end");
    }

    @Test
    void garbageAfterTheMagicNeverReachesNativeCode() throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[4096];
            random.nextBytes(bytes);
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).put(0, "GGUF".getBytes()).putInt(4, 3);
            Path garbage = Files.write(dir.resolve("garbage" + i + ".gguf"), bytes);

            assertThatThrownBy(() -> LlamaCppEngine.load(settings(garbage)))
                    .isInstanceOf(EngineException.NotAGguf.class)
                    .hasMessageContaining("garbage" + i + ".gguf is damaged");
        }
    }

    @Test
    void architectureLlamaCppDoesNotKnowFailsInNativeCodeWithAClearMessage() throws Exception {
        Path file = TinyGguf.write(dir.resolve("alien.gguf"), TinyGguf.Options.DEFAULT.withArchitecture("nosuch"));

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(file)))
                .isInstanceOf(EngineException.ModelLoadFailed.class)
                .hasMessage("llama.cpp could not load alien.gguf (architecture 'nosuch'): this llama.cpp build may not support it. "
                        + "llama.cpp's log on stderr has the details");
    }

    @Test
    void contextTooLargeForMemoryIsOutOfMemory() throws Exception {
        // a trained context of 2^30 tokens: its F16 KV cache alone is 2^30 * 2 layers * 4 heads * (16 + 16) * 2 bytes = 512 GiB
        Path file = TinyGguf.write(dir.resolve("huge.gguf"), TinyGguf.Options.DEFAULT.withContextLength(1L << 30));

        assertThatThrownBy(() -> LlamaCppEngine.load(settings(file)))
                .isInstanceOf(EngineException.OutOfMemory.class)
                .hasMessageMatching("huge\\.gguf needs about 549\\.8 GB \\(0\\.0 GB of weights and 549\\.8 GB for a 1073741824-token context\\) "
                        + "but this machine has [0-9.]+ GB of memory: lower the context size");
    }

    @Test
    void gpuLayersOnACpuBuildStillLoad() throws Exception {
        // the stock Linux library has no GPU backend: llama.cpp ignores the layers and runs on the CPU
        try (LlamaCppEngine engine = LlamaCppEngine.load(new EngineSettings(TinyGguf.write(dir.resolve("gpu.gguf")), EngineSettings.ALL_LAYERS, 64, 1))) {
            assertThat(engine.description()).isEqualTo("gpu.gguf (llama.cpp, 64-token context, 999 GPU layers)");
            assertThat(engine.complete(CompletionRequest.text("the", Sampling.defaults().withMaxTokens(4)), TokenListener.ignore(), new CancelToken())
                    .text()).isNotEmpty();
        }
    }
}
