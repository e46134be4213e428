package org.trajectorystudio.inference.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * A finished (or cancelled) completion.
 *
 * @param text everything generated, the streamed pieces concatenated
 * @param tokens generated tokens: the server's count when it reports usage, else the streamed pieces (a piece is one
 *     token except where a character spans several)
 * @param elapsed from sending the request to the end
 * @param firstToken from sending the request to the first piece (prompt processing), or null when none came
 */
public record CompletionResult(String text, int tokens, Duration elapsed, Duration firstToken, FinishReason finishReason) {

    public CompletionResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(finishReason, "finishReason");
    }

    /** Generation speed: tokens per second after the first token (so the prompt's processing time is left out). */
    public double tokensPerSecond() {
        if (firstToken == null || tokens < 2) {
            return 0;
        }
        double seconds = elapsed.minus(firstToken).toNanos() / 1e9;
        return seconds <= 0 ? 0 : (tokens - 1) / seconds;
    }

    /** Why generation ended. */
    public enum FinishReason {
        /** The model ended its turn or wrote a stop string. */
        STOP,
        /** It reached the token limit. */
        LENGTH,
        /** The caller cancelled. */
        CANCELLED
    }
}
