package org.trajectorystudio.inference.engine;

import java.util.Optional;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/** The human-readable part of a server's error body, in the shapes OpenAI-compatible servers use. */
final class ServerMessage {
    private static final int MAX = 300;

    private ServerMessage() {}

    /** From a response body: JSON in any of the known shapes, else the text itself (tags stripped); empty when blank. */
    static Optional<String> fromBody(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonNode json = Json.tryParse(body);
        if (json != null && json.isObject()) {
            return of(json).or(() -> Optional.of(shorten(body)));
        }
        String text = body.replaceAll("(?s)<(script|style).*?</\\1>", " ").replaceAll("<[^>]*>", " ");
        return text.isBlank() ? Optional.empty() : Optional.of(shorten(text));
    }

    /**
     * {@code {"error": {"message": …}}} (OpenAI, vLLM, llama.cpp, LM Studio), {@code {"error": "…"}} (Ollama),
     * {@code {"message": …}} (vLLM's older form), {@code {"detail": …}} (FastAPI servers such as SGLang).
     */
    static Optional<String> of(JsonNode json) {
        JsonNode error = json.get("error");
        if (error != null && error.isString()) {
            return Optional.of(shorten(error.stringValue()));
        }
        if (error != null && Json.text(error, "message") instanceof String message) {
            return Optional.of(shorten(message));
        }
        if (Json.text(json, "message") instanceof String message) {
            return Optional.of(shorten(message));
        }
        JsonNode detail = json.get("detail");
        if (detail != null && detail.isString()) {
            return Optional.of(shorten(detail.stringValue()));
        }
        if (detail != null && Json.text(detail.path(0), "msg") instanceof String message) {
            return Optional.of(shorten(message));
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
    }
}
