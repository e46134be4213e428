package org.trajectorystudio.app.preview;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import org.trajectorystudio.inference.engine.TokenListener;

/**
 * Carries a completion's pieces from the generating thread to the FX thread: pieces that arrive while the FX thread
 * is busy are joined into one update, so a fast model never floods the event queue. Also measures the live speed. (A
 * cancel reaches the engine through the task's own token.)
 */
final class CompletionStream implements TokenListener {
    private final BiConsumer<String, String> onText;
    private final StringBuilder pending = new StringBuilder();
    private boolean updateQueued;
    private int tokens;
    private long firstTokenNanos;

    /**
     * @param onText on the FX thread: the text that came since the last call, and the live speed line
     */
    CompletionStream(BiConsumer<String, String> onText) {
        this.onText = onText;
    }

    @Override
    public void onToken(String piece) {
        synchronized (this) {
            long now = System.nanoTime();
            if (tokens++ == 0) {
                firstTokenNanos = now;
            }
            pending.append(piece);
            if (updateQueued) {
                return;
            }
            updateQueued = true;
        }
        Platform.runLater(this::flush);
    }

    private void flush() {
        String text;
        String speed;
        synchronized (this) {
            text = pending.toString();
            pending.setLength(0);
            updateQueued = false;
            speed = speed(tokens, (System.nanoTime() - firstTokenNanos) / 1e9);
        }
        onText.accept(text, speed);
    }

    /** "12 tokens · 34.5 tokens/s": tokens after the first over the time since it (prompt processing left out). */
    static String speed(int tokens, double secondsSinceFirst) {
        double rate = tokens < 2 || secondsSinceFirst <= 0 ? 0 : (tokens - 1) / secondsSinceFirst;
        return String.format(Locale.ROOT, "%d tokens · %.1f tokens/s", tokens, rate);
    }
}
