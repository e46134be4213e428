package org.trajectorystudio.model.format.chat;

import org.trajectorystudio.model.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The text of a chat message's content: a plain string, or the text parts of a content-part array
 * ({@code [{"type":"text","text":…}, …]}, or LLaMA-Factory v1's {@code {"type":"text","value":…}}), concatenated as
 * they are. v1 {@code reasoning} parts and {@code tool_call} parts are returned apart. Parts that are not plain text
 * (images, audio, files, refusals, text parts with more fields than their text) are returned beside the text so that
 * the caller can keep them in metadata.
 *
 * @param text the text, never null ({@code ""} for absent or null content)
 * @param otherParts the parts that are not plain text, whole and in source order; null when there are none
 * @param reasoning the {@code reasoning} parts' text joined, or null
 * @param toolCalls the {@code tool_call} parts' values (JSON text or JSON), in order
 */
public record ChatContent(String text, ArrayNode otherParts, String reasoning, List<JsonNode> toolCalls) {
    private static final ChatContent EMPTY = new ChatContent("", null);

    public ChatContent {
        toolCalls = List.copyOf(toolCalls);
    }

    public ChatContent(String text, ArrayNode otherParts) {
        this(text, otherParts, null, List.of());
    }

    public static ChatContent read(JsonNode content, Consumer<String> warn) {
        return read(content, false, warn);
    }

    /** An assistant message's content: v1 {@code reasoning} and {@code tool_call} parts come apart from the text. */
    public static ChatContent readAssistant(JsonNode content, Consumer<String> warn) {
        return read(content, true, warn);
    }

    private static ChatContent read(JsonNode content, boolean assistant, Consumer<String> warn) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return EMPTY;
        }
        if (content.isString()) {
            return new ChatContent(content.stringValue(), null);
        }
        if (content.isArray()) {
            return fromParts(content, assistant);
        }
        if (content.isObject() && textOf(content) != null) {
            return fromParts(Json.MAPPER.createArrayNode().add(content), assistant);
        }
        warn.accept("content is neither text nor content parts; kept as JSON text");
        return new ChatContent(content.isContainer() ? Json.write(content) : content.asString(), null);
    }

    private static ChatContent fromParts(JsonNode parts, boolean assistant) {
        StringBuilder text = new StringBuilder();
        ArrayNode others = null;
        String reasoning = null;
        List<JsonNode> calls = new ArrayList<>(0);
        for (JsonNode part : parts) {
            String type = part.isObject() ? Json.text(part, "type") : null;
            if (assistant && type != null && part.size() == 2 && part.has("value")) {
                if (type.equals("reasoning")) {
                    reasoning = Texts.join(reasoning, part.get("value").asString());
                    continue;
                }
                if (type.equals("tool_call")) {
                    calls.add(part.get("value"));
                    continue;
                }
            }
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
        return new ChatContent(text.toString(), others, reasoning, calls);
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
        if (!textType) {
            return null;
        }
        String text = Json.text(part, "text");
        return text != null ? text : Json.text(part, "value");
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
