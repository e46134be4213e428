package org.trajectorystudio.model.format.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.SampleKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The top-level fields of one record: those with a canonical place ({@code id}, {@code kind}, {@code answer},
 * {@code judgment}, {@code knowledge}) are read here, each field used whole is marked consumed, and
 * {@link #metadata()} keeps every other field in source order, followed by what the reader derived.
 */
public final class RecordFields {
    private final ObjectNode record;
    private final RecordContext context;
    private final Set<String> consumed = new HashSet<>();
    private final Map<String, JsonNode> derived = new LinkedHashMap<>();

    public RecordFields(ObjectNode record, RecordContext context) {
        this.record = record;
        this.context = context;
    }

    public ObjectNode record() {
        return record;
    }

    /** Marks a field as fully represented in the sample, so that it is not copied to metadata. */
    public void consume(String field) {
        consumed.add(field);
    }

    /** A string field's value, or null; does not consume it. */
    public String text(String field) {
        return Json.text(record, field);
    }

    /** Adds something the reader placed in metadata (after the source fields; renamed aside on a name clash). */
    public void derive(String key, JsonNode value) {
        derived.put(key, value);
    }

    /** The record's own id, or {@code ""} for the caller to fill with the content id. */
    public String id() {
        String id = Json.scalarText(record, "id");
        if (id == null || id.isBlank()) {
            return "";
        }
        consume("id");
        return id;
    }

    /** The record's {@code kind}, else trajectory. */
    public SampleKind kind() {
        String kind = text("kind");
        if (kind == null) {
            return SampleKind.TRAJECTORY;
        }
        try {
            SampleKind read = SampleKind.fromWireName(kind);
            consume("kind");
            return read;
        } catch (IllegalArgumentException e) {
            context.warn(e.getMessage() + "; read as trajectory, the field is kept in metadata");
            return SampleKind.TRAJECTORY;
        }
    }

    /** The ground-truth {@code answer}; a number or boolean is read as text (and the field kept as it was). */
    public String answer() {
        JsonNode answer = record.get("answer");
        if (answer == null || answer.isNull() || answer.isContainer()) {
            return null;
        }
        if (answer.isString()) {
            consume("answer");
            return answer.stringValue();
        }
        return answer.toString();
    }

    public Judgment judgment() {
        String judgment = text("judgment");
        if (judgment == null) {
            return Judgment.UNKNOWN;
        }
        try {
            Judgment read = Judgment.fromWireName(judgment);
            consume("judgment");
            return read;
        } catch (IllegalArgumentException e) {
            context.warn(e.getMessage() + "; read as unknown, the field is kept in metadata");
            return Judgment.UNKNOWN;
        }
    }

    /** {@code knowledge} when it is a list of strings; anything else stays in metadata. */
    public List<String> knowledge() {
        JsonNode knowledge = record.get("knowledge");
        if (knowledge == null || !knowledge.isArray()) {
            return List.of();
        }
        List<String> statements = new ArrayList<>(knowledge.size());
        for (JsonNode statement : knowledge) {
            if (!statement.isString()) {
                return List.of();
            }
            statements.add(statement.stringValue());
        }
        consume("knowledge");
        return statements;
    }

    /** Unconsumed source fields in source order, then the derived entries. */
    public Map<String, JsonNode> metadata() {
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        for (var field : record.properties()) {
            if (!consumed.contains(field.getKey())) {
                metadata.put(field.getKey(), field.getValue());
            }
        }
        derived.forEach((key, value) -> {
            // A source field of the same name keeps its key; the derived entry moves aside.
            String free = key;
            while (metadata.containsKey(free)) {
                free = "_" + free;
            }
            metadata.put(free, value);
        });
        return metadata;
    }
}
