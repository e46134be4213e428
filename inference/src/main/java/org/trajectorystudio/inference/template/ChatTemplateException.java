package org.trajectorystudio.inference.template;

/** A chat template could not be loaded or failed while rendering. The message is one line. */
public final class ChatTemplateException extends RuntimeException {
    public ChatTemplateException(String message) {
        super(message);
    }

    public ChatTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
