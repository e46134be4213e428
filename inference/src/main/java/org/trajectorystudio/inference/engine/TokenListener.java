package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

/**
 * Receives a completion as it is generated, on the thread that called
 * {@link CompletionEngine#complete(CompletionRequest, TokenListener, CancelToken)}.
 *
 * <p>The pieces concatenated are exactly {@link CompletionResult#text()}. A server's separate reasoning stream
 * ({@code reasoning_content}) arrives wrapped in {@code <think>…</think>}, so the text always reads as the model would
 * have written it.
 */
@FunctionalInterface
public interface TokenListener {

    /** One piece of text: usually one token, sometimes a few (a character split over several tokens). */
    void onToken(String piece);

    static TokenListener ignore() {
        return piece -> {};
    }
}
