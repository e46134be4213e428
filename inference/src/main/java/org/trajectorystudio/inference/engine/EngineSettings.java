package org.trajectorystudio.inference.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link LlamaCppEngine} loads a GGUF model.
 *
 * <p>GPU offload works with the library llama.cpp was built with: the stock {@code de.kherud:llama} jar uses Metal on
 * Apple silicon and the CPU elsewhere (where {@code gpuLayers} is then ignored). For CUDA, build java-llama.cpp's
 * {@code libjllama} with {@code -DGGML_CUDA=ON} and start the studio with
 * {@code -Dde.kherud.llama.lib.path=/dir/with/that/libjllama.so}.
 *
 * @param model the {@code .gguf} file
 * @param gpuLayers how many layers to offload to the GPU: 0 for none, {@link #ALL_LAYERS} for all
 * @param contextSize the context in tokens, capped at the length the model was trained with; 0 for that length. The
 *     KV cache, and so the memory needed, grows with it.
 * @param threads CPU threads; 0 lets llama.cpp choose
 */
public record EngineSettings(Path model, int gpuLayers, int contextSize, int threads) {
    /** More layers than any model has: offload them all. */
    public static final int ALL_LAYERS = 999;
    /** The default context: long enough for most trajectories, small enough for a laptop's memory. */
    public static final int DEFAULT_CONTEXT = 32_768;

    public EngineSettings {
        Objects.requireNonNull(model, "model");
        if (gpuLayers < 0 || contextSize < 0 || threads < 0) {
            throw new IllegalArgumentException("GPU layers, context size and threads may not be negative");
        }
    }

    /** CPU only, the default context, llama.cpp's choice of threads. */
    public static EngineSettings cpu(Path model) {
        return new EngineSettings(model, 0, DEFAULT_CONTEXT, 0);
    }

    public EngineSettings withGpuLayers(int layers) {
        return new EngineSettings(model, layers, contextSize, threads);
    }

    public EngineSettings withContextSize(int tokens) {
        return new EngineSettings(model, gpuLayers, tokens, threads);
    }

    public EngineSettings withThreads(int count) {
        return new EngineSettings(model, gpuLayers, contextSize, count);
    }
}
