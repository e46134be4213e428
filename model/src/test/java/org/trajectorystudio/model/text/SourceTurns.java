package org.trajectorystudio.model.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.JsonNode;

/** The assistant turns of a real file, as the text its source wrote (content parts joined), read with Jackson alone. */
final class SourceTurns {
    private SourceTurns() {}

    /**
     * @param file a file under {@code shared/data}: JSONL, or JSON holding one record or an array of them
     * @param key where each record keeps its turns; null for a file that is one list of messages
     */
    static List<String> assistant(String file, String key, Predicate<String> keep) {
        List<String> turns = new ArrayList<>();
        List<JsonNode> records = records(SharedData.file(file));
        for (JsonNode record : key == null ? List.<JsonNode>of(Json.MAPPER.valueToTree(records)) : records) {
            JsonNode messages = key == null ? record : record.get(key);
            for (JsonNode message : messages == null ? List.<JsonNode>of() : messages) {
                String role = Json.text(message, message.has("role") ? "role" : "from");
                String text = text(message.has("content") ? message.get("content") : message.get("value"));
                if (("assistant".equals(role) || "gpt".equals(role)) && text != null && keep.test(text)) {
                    turns.add(text);
                }
            }
        }
        return turns;
    }

    private static List<JsonNode> records(Path path) {
        try {
            String all = Files.readString(path);
            if (path.toString().endsWith(".jsonl")) {
                return all.lines().filter(line -> !line.isBlank()).map(Json::tryParse).toList();
            }
            JsonNode value = Json.tryParse(all);
            List<JsonNode> records = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(records::add);
            } else {
                records.add(value);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return null;
        }
        if (content.isString()) {
            return content.stringValue();
        }
        StringBuilder text = new StringBuilder();
        content.forEach(part -> text.append(Json.text(part, "text") == null ? "" : Json.text(part, "text")));
        return text.toString();
    }
}
