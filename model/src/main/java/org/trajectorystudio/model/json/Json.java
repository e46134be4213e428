package org.trajectorystudio.model.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the model, and small null-safe accessors over Jackson trees. */
public final class Json {
    /** Thread-safe; shared so that its caches are built once. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(SourceNumbers.module())
            .build();

    private Json() {}

    /** The string value of {@code field}, or null when it is absent, null or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** Like {@link #text} but numbers and booleans are rendered as text too. */
    public static String scalarText(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Compact one-line JSON. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** Parses JSON text, or returns null when it is not valid JSON. */
    public static JsonNode tryParse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }
}
