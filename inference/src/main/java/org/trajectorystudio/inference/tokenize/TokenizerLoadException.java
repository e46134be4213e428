package org.trajectorystudio.inference.tokenize;

/** A tokenizer could not be opened. The message is one line that names the file and what is wrong with it. */
public final class TokenizerLoadException extends RuntimeException {
    public TokenizerLoadException(String message) {
        super(message);
    }

    public TokenizerLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
