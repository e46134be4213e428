package org.trajectorystudio.model.export;

import java.util.Objects;

/**
 * Packing of records into fixed-length training sequences (first-fit decreasing).
 *
 * @param sequenceLength tokens per sequence; the budget of one record becomes this minus the separator
 * @param separator text written after each document of a packed text sequence (usually the EOS token); chat
 *     sequences keep their conversations apart and use none
 */
public record PackingOptions(int sequenceLength, String separator) {
    /** The default separator: Qwen's (and GPT-2's) end-of-text token. */
    public static final String END_OF_TEXT = "<|endoftext|>";

    public PackingOptions {
        Objects.requireNonNull(separator, "separator");
        if (sequenceLength < 1) {
            throw new IllegalArgumentException("sequence length must be at least 1, was " + sequenceLength);
        }
    }
}
