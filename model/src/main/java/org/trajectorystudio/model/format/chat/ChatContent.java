package org.trajectorystudio.model.format.chat;

import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The text of a chat message's content: a plain string, or the text parts of a content-part array
 * ({@code [{"type":"text","text":…}, …]}), concatenated as they are. Parts that are not plain text (images, audio,
 * files, refusals, text parts with more fields than their text) are returned beside the text so that the caller can
 * keep them in metadata.
 *
 * @param text the text, never null ({@code ""} for absent or null content)
 * @param otherParts the parts that are not plain text, whole and in source order; null when there are none
 */
public record ChatContent(String text, ArrayNode otherParts) {
    private static final ChatContent EMPTY = new ChatContent("", null);

    public static ChatContent read(JsonNode content, Consumer<String> warn) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return EMPTY;
        }
        if (content.isString()) {
            return new ChatContent(content.stringValue(), null);
        }
        if (content.isArray()) {
            return fromParts(content);
        }
        if (content.isObject() && textOf(content) != null) {
            return fromParts(Json.MAPPER.createArrayNode().add(content));
        }
        warn.accept("content is neither text nor content parts; kept as JSON text");
        return new ChatContent(content.isContainer() ? Json.write(content) : content.asString(), null);
    }

    private static ChatContent fromParts(JsonNode parts) {
        StringBuilder text = new StringBuilder();
        ArrayNode others = null;
        for (JsonNode part : parts) {
            String piece = textOf(part);
            if (piece != null) {
                text.append(piece);
            }
            if (piece == null || !isPlainText(part)) {
                if (others == null) {
                    others = Json.MAPPER.createArrayNode();
                }
                others.add(part);
            }
        }
        return new ChatContent(text.toString(), others);
    }

    /** The text of a text part ({@code text}, {@code input_text}, {@code output_text} or untyped), else null. */
    private static String textOf(JsonNode part) {
        if (part.isString()) {
            return part.stringValue();
        }
        if (!part.isObject()) {
            return null;
        }
        String type = Json.text(part, "type");
        boolean textType = type == null || type.equals("text") || type.equals("input_text") || type.equals("output_text");
        return textType ? Json.text(part, "text") : null;
    }

    /** A text part that holds nothing but its type and text: the text says all of it. */
    private static boolean isPlainText(JsonNode part) {
        return part.isString() || part.size() == (part.has("type") ? 2 : 1);
    }

    /** True when some parts were not text. */
    public boolean hasOtherParts() {
        return otherParts != null;
    }
}
