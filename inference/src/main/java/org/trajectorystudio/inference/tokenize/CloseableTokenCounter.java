package org.trajectorystudio.inference.tokenize;

import org.trajectorystudio.model.tokens.TokenCounter;

/** A token counter that may hold native memory (a tokenizer or a model): close it when done. */
public interface CloseableTokenCounter extends TokenCounter, AutoCloseable {
    @Override
    void close();
}
