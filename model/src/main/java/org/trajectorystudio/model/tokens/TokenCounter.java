package org.trajectorystudio.model.tokens;

/** Counts tokens of a text with some tokenizer. Implementations must be thread-safe. */
public interface TokenCounter {

    /** Identifies the tokenizer (shown to users and written to export manifests). */
    String name();

    /** False for estimates: the UI labels their figures as approximate. */
    boolean exact();

    int count(String text);
}
