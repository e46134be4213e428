package org.trajectorystudio.model.text;

import org.trajectorystudio.model.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON written by a model: strict first, then the JSON5-ish leniency the Tongyi agent itself accepts ({@code json5}):
 * single quotes, unquoted names, trailing commas, comments, raw newlines inside strings.
 */
public final class LenientJson {
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            // Trailing content (an extra brace, a second object) means we would be guessing: not valid.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A parsed value and whether leniency was needed to read it. */
    public record Parsed(JsonNode value, boolean lenient) {}

    private LenientJson() {}

    /** Parses {@code text}, or returns null when even the lenient reading fails. */
    public static Parsed parse(String text) {
        JsonNode strict = Json.tryParse(text);
        if (isValue(strict)) {
            return new Parsed(strict, false);
        }
        try {
            JsonNode lenient = LENIENT.readTree(text);
            return isValue(lenient) ? new Parsed(lenient, true) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static boolean isValue(JsonNode node) {
        return node != null && !node.isMissingNode();
    }
}
