package org.trajectorystudio.inference.engine;

/** Removes an API key from text that came from a server (some echo the key they refused) before it becomes a message. */
record Redactor(String secret) {
    static final Redactor NONE = new Redactor(null);

    String redact(String text) {
        return secret == null || secret.isEmpty() || text == null ? text : text.replace(secret, "***");
    }
}
