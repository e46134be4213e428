package org.trajectorystudio.inference.engine;

import java.util.List;

/**
 * A model that turns texts into vectors for "find similar": llama.cpp's embedding mode on a local GGUF
 * ({@link LlamaCppEmbedder}) or an OpenAI-compatible {@code /v1/embeddings} ({@link OpenAiEmbedder}). Vectors of one
 * engine all have the same length; the same text always gives the same vector.
 */
public interface EmbeddingEngine extends AutoCloseable {
    /**
     * What identifies the vectors this engine makes: the model and where it runs. Vectors made under another identity
     * are not comparable with these (an index keyed by it is rebuilt when it changes).
     */
    String identity();

    /** One vector per text, in order. Blocks (seconds for a large batch): call it off the UI thread. */
    List<float[]> embed(List<String> texts) throws EngineException;

    @Override
    void close();
}
