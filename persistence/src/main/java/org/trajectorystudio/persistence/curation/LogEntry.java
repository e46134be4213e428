package org.trajectorystudio.persistence.curation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of an exported curation log:
 * {@code {"uid":…,"sampleId":…,"annotator":…,"time":"2026-11-30T21:00:00.123456Z","type":"rating","payload":{…}}},
 * and for a revision the edited sample in studio form as {@code "sample":{…}}.
 *
 * @param line 1-based line in the file it was read from (0 when written)
 * @param sample the revised sample of a revision event, else null
 */
record LogEntry(long line, String uid, String sampleId, String annotator, Instant at, EventType type, ObjectNode payload,
        Sample sample) {

    /** Time order; the uid breaks ties the same way in every library. */
    static final Comparator<LogEntry> CHRONOLOGICAL = Comparator.comparing(LogEntry::at).thenComparing(LogEntry::uid);

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("uid", uid);
        node.put("sampleId", sampleId);
        node.put("annotator", annotator);
        node.put("time", at.toString());
        node.put("type", type.wireName());
        node.set("payload", payload);
        if (sample != null) {
            node.set("sample", StudioCodec.toJson(sample.withId(sampleId)));
        }
        return node;
    }

    /** Reads and checks one line; the exception's message is the one-line reason to report. */
    static LogEntry parse(long line, String text) throws RecordRejectedException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new RecordRejectedException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new RecordRejectedException("a log line is a JSON object");
        }
        String uid = required(object, "uid", 64);
        String sampleId = required(object, "sampleId", 200);
        String annotator = required(object, "annotator", 200).strip();
        Instant at;
        try {
            at = Instant.parse(required(object, "time", 64));
        } catch (DateTimeParseException e) {
            throw new RecordRejectedException("'time' is not an ISO-8601 instant such as 2026-11-30T21:00:00Z");
        }
        EventType type;
        try {
            type = EventType.fromWireName(required(object, "type", 32));
        } catch (IllegalArgumentException e) {
            throw new RecordRejectedException(e.getMessage());
        }
        if (!(object.get("payload") instanceof ObjectNode payload)) {
            throw new RecordRejectedException("'payload' must be a JSON object");
        }
        Sample sample = null;
        switch (type) {
            case RATING -> {
                int score = integer(payload, "score", true);
                if (score < 1 || score > 5) {
                    throw new RecordRejectedException("a rating is 1 to 5, not " + score);
                }
                Integer step = payload.has("step") ? integer(payload, "step", true) : null;
                Integer candidate = payload.has("candidate") ? integer(payload, "candidate", true) : null;
                try {
                    new RatingTarget(sampleId, step, candidate);
                } catch (IllegalArgumentException e) {
                    throw new RecordRejectedException(e.getMessage());
                }
            }
            case VERDICT -> {
                try {
                    Verdict.fromWireName(required(payload, "verdict", 32));
                } catch (IllegalArgumentException e) {
                    throw new RecordRejectedException(e.getMessage());
                }
            }
            case LABEL_ADD, LABEL_REMOVE -> {
                String label = required(payload, "label", 200);
                if (label.contains(",")) {
                    throw new RecordRejectedException("a label cannot contain a comma: '" + label + "'");
                }
            }
            case NOTE -> required(payload, "text", Integer.MAX_VALUE);
            case REVISION -> {
                if (!(object.get("sample") instanceof ObjectNode body)) {
                    throw new RecordRejectedException("a revision needs the edited sample as 'sample'");
                }
                sample = StudioCodec.fromJson(body, new ArrayList<>());
            }
            default -> {
                // A type added after this reader was written: logged as it is, without derived state.
            }
        }
        return new LogEntry(line, uid, sampleId, annotator, at, type, payload, sample);
    }

    private static String required(JsonNode node, String field, int maxLength) throws RecordRejectedException {
        String value = Json.text(node, field);
        if (value == null || value.isBlank()) {
            throw new RecordRejectedException("'" + field + "' is missing or not a non-empty string");
        }
        if (value.length() > maxLength) {
            throw new RecordRejectedException("'" + field + "' is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static int integer(JsonNode node, String field, boolean positive) throws RecordRejectedException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || positive && value.intValue() < 1) {
            throw new RecordRejectedException("'" + field + "' must be a positive integer");
        }
        return value.intValue();
    }
}
