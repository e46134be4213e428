package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

/**
 * A model that completes prompts, streaming the text as it is generated: llama.cpp in process
 * ({@link LlamaCppEngine}) or an OpenAI-compatible server ({@link OpenAiCompatibleEngine}).
 *
 * <p>{@link #complete} blocks, so call it from a background thread. It never hangs its caller: it returns promptly
 * after {@link CancelToken#cancel()}, and every failure ends in an {@link EngineException} with a one-line message.
 * It may be called from several threads; {@link LlamaCppEngine} then runs the completions one after the other.
 */
public interface CompletionEngine extends AutoCloseable {

    /**
     * Generates a completion.
     *
     * @param listener receives the pieces as they come, on the calling thread
     * @param cancel cancels from another thread; the result then has finish reason CANCELLED and the text so far
     */
    CompletionResult complete(CompletionRequest request, TokenListener listener, CancelToken cancel) throws EngineException;

    /** What the engine runs, for a status line: the model file or the server and model name (never an API key). */
    String description();

    /** Frees the model or connections. Waits briefly for a running completion to stop. */
    @Override
    void close();
}
