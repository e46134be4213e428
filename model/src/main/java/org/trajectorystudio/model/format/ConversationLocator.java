package org.trajectorystudio.model.format;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds where a record keeps its conversation and moves it to {@code messages} (or {@code conversations} for
 * {@code from}/{@code value} turns), where the chat readers look. A record that has {@code messages} or
 * {@code conversations} is left alone (one look-up: the common case costs nothing). Otherwise, in this order: the
 * {@code --messages-key} path when one is named; ToolBench's {@code answer_generation.train_messages} (growing
 * prefixes of one chain: the longest, last one is the trajectory); the first of {@code history},
 * {@code message_history}, {@code traj}, {@code trajectory} that holds chat turns. Stateless and thread-safe.
 */
public final class ConversationLocator {
    /** Where other projects keep the conversation, in the order looked at. */
    public static final List<String> KEYS = List.of("history", "message_history", "traj", "trajectory");

    private final String[] path;

    /** @param messagesKey a dotted path such as {@code data.dialog}, or null */
    public ConversationLocator(String messagesKey) {
        this.path = messagesKey == null ? null : messagesKey.split("\\.");
    }

    /** The record with its conversation under {@code messages} or {@code conversations}, changed in place. */
    public ObjectNode locate(ObjectNode record) throws RecordRejectedException {
        if (path != null) {
            return byPath(record);
        }
        if (record.has("messages") || record.has("conversations")) {
            return record;
        }
        if (record.get("answer_generation") instanceof ObjectNode generation
                && generation.get("train_messages") instanceof ArrayNode prefixes && !prefixes.isEmpty()
                && prefixes.get(prefixes.size() - 1) instanceof ArrayNode longest) {
            generation.remove("train_messages");
            return place(record, longest);
        }
        for (String key : KEYS) {
            if (isConversation(record.get(key))) {
                return place(record, (ArrayNode) record.remove(key));
            }
        }
        return record;
    }

    /** True when the record holds a conversation where a chat reader looks. */
    public static boolean hasConversation(ObjectNode record) {
        return record.has("messages") || record.has("conversations");
    }

    /** The reason given for a record where no conversation was found. */
    public static String notFound(ObjectNode record) {
        List<String> keys = new ArrayList<>();
        record.propertyNames().forEach(keys::add);
        String listed = keys.size() > 12 ? String.join(", ", keys.subList(0, 12)) + ", …" : String.join(", ", keys);
        return "no conversation found: top-level keys are " + (keys.isEmpty() ? "(none)" : listed)
                + "; name one with --messages-key";
    }

    private ObjectNode byPath(ObjectNode record) throws RecordRejectedException {
        ObjectNode parent = record;
        for (int i = 0; i < path.length - 1; i++) {
            if (!(parent.get(path[i]) instanceof ObjectNode child)) {
                throw new RecordRejectedException(missing(record));
            }
            parent = child;
        }
        JsonNode value = parent.get(path[path.length - 1]);
        if (value instanceof ArrayNode array && !array.isEmpty() && array.get(array.size() - 1) instanceof ArrayNode last) {
            // A list of conversations that grow (ToolBench-style prefixes): the last one holds them all.
            parent.remove(path[path.length - 1]);
            return place(record, last);
        }
        if (!(value instanceof ArrayNode array)) {
            throw new RecordRejectedException(value == null ? missing(record)
                    : "'" + String.join(".", path) + "' is not a list of messages");
        }
        if (parent == record && (path[0].equals("messages") || path[0].equals("conversations"))) {
            return record;
        }
        parent.remove(path[path.length - 1]);
        return place(record, array);
    }

    private String missing(ObjectNode record) {
        List<String> keys = new ArrayList<>();
        record.propertyNames().forEach(keys::add);
        return "no '" + String.join(".", path) + "' in this record (its top-level keys are " + String.join(", ", keys) + ")";
    }

    private static ObjectNode place(ObjectNode record, ArrayNode turns) {
        JsonNode first = turns.isEmpty() ? null : turns.get(0);
        boolean shareGpt = first != null && first.has("from") && first.has("value") && !first.has("role");
        String key = shareGpt ? "conversations" : "messages";
        if (record.has(key)) {
            record.set("_" + key, record.remove(key));
        }
        record.set(key, turns);
        return record;
    }

    private static boolean isConversation(JsonNode value) {
        if (!(value instanceof ArrayNode array) || array.isEmpty()) {
            return false;
        }
        JsonNode first = array.get(0);
        return first.isObject() && (Json.text(first, "role") != null || Json.text(first, "from") != null);
    }
}
