package org.trajectorystudio.persistence.judge;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.curation.EventType;
import org.trajectorystudio.persistence.store.Database;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads judges' suggestions back from the curation log: what a run already did (to resume) and what a sample got. */
public final class Suggestions {
    public static final String JUDGE_PREFIX = "judge:";

    private final Database database;

    public Suggestions(Database database) {
        this.database = database;
    }

    /** One suggestion as logged. */
    public record Suggestion(String sampleId, String annotator, Instant at, String rubric, Integer step, String verdict,
            Integer option, String unreadable, String reply) {

        /** One line for a table cell or the log: "judge:m says rejected" / "option 2 at step 3" / "unreadable: …". */
        public String summary() {
            if (verdict != null) {
                return annotator + ": " + verdict;
            }
            if (option != null) {
                return annotator + ": option " + option + (step == null ? "" : " at step " + step);
            }
            return annotator + ": unreadable (" + unreadable + ")";
        }
    }

    /** The annotator name of a judge model. */
    public static String annotator(String model) {
        return JUDGE_PREFIX + model;
    }

    public static ObjectNode payload(String rubric, String model, Integer step) {
        ObjectNode payload = Json.object().put("rubric", rubric).put("model", model);
        if (step != null) {
            payload.put("step", step);
        }
        return payload;
    }

    /** The (sample, step) items this judge already answered with this rubric, as "id" or "id#step". */
    public Set<String> done(String annotator, String rubric) {
        Set<String> done = new HashSet<>();
        for (Suggestion suggestion : query("annotator = ? AND type = ?", annotator, EventType.SUGGESTION.wireName())) {
            if (rubric.equals(suggestion.rubric())) {
                done.add(key(suggestion.sampleId(), suggestion.step()));
            }
        }
        return done;
    }

    public static String key(String sampleId, Integer step) {
        return step == null ? sampleId : sampleId + "#" + step;
    }

    /** Every judge suggestion a sample got, oldest first. */
    public List<Suggestion> of(String sampleId) {
        return query("sample_id = ? AND type = ?", sampleId, EventType.SUGGESTION.wireName());
    }

    /** The latest sample-level verdict each sample got from any judge (for the table's judge column). */
    public java.util.Map<String, Suggestion> latestVerdicts(java.util.Collection<String> sampleIds) {
        java.util.Map<String, Suggestion> latest = new java.util.HashMap<>();
        if (sampleIds.isEmpty()) {
            return latest;
        }
        for (Suggestion suggestion : query("sample_id = ANY(?) AND type = ?", sampleIds.toArray(new String[0]),
                EventType.SUGGESTION.wireName())) {
            if (suggestion.verdict() != null) {
                latest.put(suggestion.sampleId(), suggestion);
            }
        }
        return latest;
    }

    private List<Suggestion> query(String where, Object first, Object second) {
        return database.read(connection -> {
            List<Suggestion> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT sample_id, annotator, at_time, payload FROM curation_event WHERE " + where + " ORDER BY at_time, id")) {
                select.setObject(1, first);
                select.setObject(2, second);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        JsonNode payload = Json.MAPPER.readTree(rs.getString(4));
                        found.add(new Suggestion(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                                Json.text(payload, "rubric"), intOrNull(payload, "step"), Json.text(payload, "verdict"),
                                intOrNull(payload, "option"), Json.text(payload, "unreadable"), Json.text(payload, "reply")));
                    }
                }
            }
            return found;
        });
    }

    private static Integer intOrNull(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || !value.isIntegralNumber() ? null : value.intValue();
    }
}
