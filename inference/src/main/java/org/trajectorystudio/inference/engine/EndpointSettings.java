package org.trajectorystudio.inference.engine;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where {@link OpenAiCompatibleEngine} sends its requests: vLLM, SGLang, llama.cpp's server, Ollama, LM Studio or any
 * other server that speaks OpenAI's {@code /v1/chat/completions} and {@code /v1/completions} with SSE streaming.
 *
 * @param baseUrl the server, with or without {@code /v1}: {@code http://localhost:8000} (vLLM),
 *     {@code http://localhost:11434} (Ollama), {@code http://localhost:1234/v1} (LM Studio)
 * @param model the model name the server knows
 * @param apiKey sent as a bearer token, or null for none. It goes into the Authorization header only: never into a
 *     message, a log line or {@link #toString()}.
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout the longest silence allowed: until the first byte of the answer and between two chunks after it
 * @param api chat messages or a raw prompt
 */
public record EndpointSettings(URI baseUrl, String model, String apiKey, Duration connectTimeout, Duration readTimeout, Api api) {

    /** Which OpenAI endpoint to use. */
    public enum Api {
        /** {@code /v1/chat/completions}: the server applies the model's chat template to the messages. */
        CHAT("chat/completions"),
        /** {@code /v1/completions}: a raw prompt, completed as it stands. */
        COMPLETIONS("completions");

        private final String path;

        Api(String path) {
            this.path = path;
        }
    }

    public EndpointSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(api, "api");
        String scheme = baseUrl.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be an http:// or https:// address, was " + baseUrl);
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("the model name may not be blank");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        // A key read from a file or pasted often ends in CR/LF or has spaces around it: sent as is, it was rejected by
        // the HTTP client with the key in the message, or sent untrimmed. Trim it; any control or non-ASCII character
        // left inside cannot go into a header, and the message says where without showing the key.
        if (apiKey != null) {
            apiKey = apiKey.strip();
            if (apiKey.isEmpty()) {
                apiKey = null;
            } else {
                for (int i = 0; i < apiKey.length(); i++) {
                    char c = apiKey.charAt(i);
                    if (c < 0x21 || c > 0x7e) {
                        throw new IllegalArgumentException("the API key has " + (c < 0x20 || c == 0x7f ? "a control character" : c == ' ' ? "a space" : "a non-ASCII character")
                                + " at position " + (i + 1) + " of " + apiKey.length() + "; an HTTP header cannot carry it (check where the key was read from)");
                    }
                }
            }
        }
    }

    /** Chat API, no key, 10 s to connect and up to 5 minutes of silence (a long prompt on a busy server). */
    public static EndpointSettings of(String baseUrl, String model) {
        return new EndpointSettings(URI.create(baseUrl), model, null, Duration.ofSeconds(10), Duration.ofMinutes(5), Api.CHAT);
    }

    public EndpointSettings withApiKey(String key) {
        return new EndpointSettings(baseUrl, model, key, connectTimeout, readTimeout, api);
    }

    public EndpointSettings withTimeouts(Duration connect, Duration read) {
        return new EndpointSettings(baseUrl, model, apiKey, connect, read, api);
    }

    public EndpointSettings withApi(Api newApi) {
        return new EndpointSettings(baseUrl, model, apiKey, connectTimeout, readTimeout, newApi);
    }

    /** The endpoint for {@link #api()}: the base URL, {@code /v1} unless it ends with it, then the API's path. */
    public URI endpoint() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + (base.endsWith("/v1") ? "/" : "/v1/") + api.path);
    }

    /** {@code /v1/embeddings} under the base URL (the same {@code /v1} rule as {@link #endpoint()}). */
    public URI embeddingsEndpoint() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + (base.endsWith("/v1") ? "/" : "/v1/") + "embeddings");
    }

    /** Scheme, host and port: for messages. */
    String server() {
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort());
    }

    @Override
    public String toString() {
        return "EndpointSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", api=" + api + "]";
    }
}
