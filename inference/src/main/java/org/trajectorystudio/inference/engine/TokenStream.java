package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.trajectorystudio.inference.engine.CompletionResult.FinishReason;

/**
 * The hand-over between a producer that generates (llama.cpp's worker thread, the HTTP client's threads) and the
 * caller of {@link CompletionEngine#complete}: the producer posts pieces and an end, the caller drains them, calls
 * the listener and keeps the clock. Because the caller only ever waits on this queue, never inside native code or a
 * socket read, a cancel or a timeout always gets it out at once.
 */
final class TokenStream {
    private sealed interface Signal {}

    private record Piece(String text) implements Signal {}

    private record End(FinishReason reason, Integer tokens) implements Signal {}

    private record Failure(EngineException error) implements Signal {}

    private record Cancelled() implements Signal {}

    private final BlockingQueue<Signal> queue = new LinkedBlockingQueue<>();
    private final long start = System.nanoTime();
    private volatile boolean abandoned;

    /** Producer: one more piece of text (empty pieces are dropped). */
    void piece(String text) {
        if (!text.isEmpty()) {
            queue.add(new Piece(text));
        }
    }

    /**
     * Producer: the completion ended.
     *
     * @param tokens the engine's own count of generated tokens, or null to count the pieces
     */
    void finish(FinishReason reason, Integer tokens) {
        queue.add(new End(reason, tokens));
    }

    /**
     * Anyone: the engine is going away (closed while this completion runs). Like a cancel, pieces already queued are
     * not delivered any more and the caller returns CANCELLED.
     */
    void abandon() {
        abandoned = true;
        queue.add(new Cancelled());
    }

    /** Producer: the completion failed. */
    void fail(EngineException error) {
        queue.add(new Failure(error));
    }

    /**
     * Caller: delivers pieces until the end, a failure, a cancel or a timeout.
     *
     * @param idleTimeout the longest wait for the next signal, or null for no limit
     * @param timeoutMessage the message of the {@link EngineException.TimedOut} thrown when it passes
     * @param stop stops the producer when the caller leaves early: cancel, timeout, interrupt, a listener that threw
     */
    CompletionResult drain(TokenListener listener, CancelToken cancel, Duration idleTimeout, Supplier<String> timeoutMessage,
            Runnable stop) throws EngineException {
        StringBuilder text = new StringBuilder();
        int pieces = 0;
        Duration firstToken = null;
        boolean finished = false;
        try (CancelToken.Registration ignored = cancel.onCancel(() -> queue.add(new Cancelled()))) {
            while (true) {
                Signal signal = idleTimeout == null ? queue.take() : queue.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
                switch (signal) {
                    case null -> throw new EngineException.TimedOut(timeoutMessage.get());
                    case Piece piece when cancel.isCancelled() || abandoned -> {
                        // pieces queued before the cancel are not delivered: nothing reaches the listener after it
                        return result(text, pieces, firstToken, FinishReason.CANCELLED);
                    }
                    case Piece piece -> {
                        if (firstToken == null) {
                            firstToken = since(start);
                        }
                        text.append(piece.text());
                        pieces++;
                        listener.onToken(piece.text());
                    }
                    case End end -> {
                        finished = true;
                        return result(text, end.tokens() != null ? end.tokens() : pieces, firstToken, end.reason());
                    }
                    case Failure failure -> {
                        finished = true;
                        throw failure.error();
                    }
                    case Cancelled cancelled -> {
                        return result(text, pieces, firstToken, FinishReason.CANCELLED);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(text, pieces, firstToken, FinishReason.CANCELLED);
        } finally {
            if (!finished) {
                stop.run();
            }
        }
    }

    private CompletionResult result(StringBuilder text, int tokens, Duration firstToken, FinishReason reason) {
        return new CompletionResult(text.toString(), tokens, since(start), firstToken, reason);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
