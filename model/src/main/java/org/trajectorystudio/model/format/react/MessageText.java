package org.trajectorystudio.model.format.react;

import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/** The text of a message's {@code content}: a string, or the text parts of a content-part array. */
final class MessageText {
    private MessageText() {}

    static String of(JsonNode content, Consumer<String> warn) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isString()) {
            return content.stringValue();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            boolean allText = true;
            for (JsonNode part : content) {
                String piece = part.isString() ? part.stringValue() : Json.text(part, "text");
                if (piece == null) {
                    allText = false;
                } else {
                    text.append(piece);
                }
            }
            if (allText) {
                return text.toString();
            }
        }
        // Not text we understand: keep it, as JSON, where the text would go.
        warn.accept("content is not text; kept as JSON");
        return Json.write(content);
    }
}
