package org.trajectorystudio.model.tokens;

import java.util.List;

/** Counts tokens of a text with some tokenizer. Implementations must be thread-safe. */
public interface TokenCounter {

    /** Identifies the tokenizer (shown to users and written to export manifests). */
    String name();

    /** False for estimates: the UI labels their figures as approximate. */
    boolean exact();

    int count(String text);

    /** Counts several texts at once; exact tokenizers override this with one batched (often parallel) call. */
    default int[] countAll(List<String> texts) {
        int[] counts = new int[texts.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = count(texts.get(i));
        }
        return counts;
    }
}
