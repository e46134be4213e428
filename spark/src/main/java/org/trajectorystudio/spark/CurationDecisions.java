package org.trajectorystudio.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import scala.Tuple2;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A library's curation decisions from its {@code ./studio log export} file (one event a line: {@code uid, sampleId,
 * annotator, time, type, payload}, a revision also its {@code sample}), folded per sample id as {@code log import}
 * leaves them: the latest verdict and the latest whole-sample rating by time (uid breaks ties), the latest revision
 * and how many there are. Events of other kinds (labels, notes, step ratings, preferences) do not decide an export.
 */
final class CurationDecisions {
    private CurationDecisions() {}

    /** One sample's decisions; {@code at}/{@code uid} pairs order events, as the library's replay does. */
    record Decision(String verdict, Instant verdictAt, String verdictUid,
                    int rating, Instant ratingAt, String ratingUid,
                    byte[] revision, Instant revisionAt, String revisionUid, int revisions) implements Serializable {

        static final Decision NONE = new Decision(null, null, null, 0, null, null, null, null, null, 0);

        Decision merge(Decision other) {
            boolean verdictLater = later(other.verdictAt, other.verdictUid, verdictAt, verdictUid);
            boolean ratingLater = later(other.ratingAt, other.ratingUid, ratingAt, ratingUid);
            boolean revisionLater = later(other.revisionAt, other.revisionUid, revisionAt, revisionUid);
            return new Decision(
                    verdictLater ? other.verdict : verdict, verdictLater ? other.verdictAt : verdictAt, verdictLater ? other.verdictUid : verdictUid,
                    ratingLater ? other.rating : rating, ratingLater ? other.ratingAt : ratingAt, ratingLater ? other.ratingUid : ratingUid,
                    revisionLater ? other.revision : revision, revisionLater ? other.revisionAt : revisionAt,
                    revisionLater ? other.revisionUid : revisionUid, revisions + other.revisions);
        }

        private static boolean later(Instant at, String uid, Instant thanAt, String thanUid) {
            if (at == null) {
                return false;
            }
            if (thanAt == null) {
                return true;
            }
            int order = at.compareTo(thanAt);
            return order > 0 || order == 0 && uid.compareTo(thanUid) > 0;
        }

        /** Whether the profile's selection takes the sample; rejected samples never. */
        boolean selected(boolean acceptedOnly, int minRating) {
            if ("rejected".equals(verdict)) {
                return false;
            }
            if (acceptedOnly && !"accepted".equals(verdict)) {
                return false;
            }
            return minRating == 0 || rating >= minRating;
        }
    }

    /** The decisions in one log file, one pair per deciding event; bad lines are counted and listed as FILE:LINE: reason. */
    static Iterator<Tuple2<String, Decision>> read(SourceFiles.HadoopConf conf, String path, LongAccumulator rejected,
                                                   CollectionAccumulator<String> listed) {
        List<Tuple2<String, Decision>> decisions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(conf.open(path), StandardCharsets.UTF_8))) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    Tuple2<String, Decision> decision = parse(text);
                    if (decision != null) {
                        decisions.add(decision);
                    }
                } catch (RecordRejectedException e) {
                    rejected.add(1);
                    if (listed.value().size() < SourceReading.LISTED) {
                        listed.add(path + ":" + line + ": " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        return decisions.iterator();
    }

    /** The decision one log line carries, or null for an event that decides nothing about an export. */
    static Tuple2<String, Decision> parse(String text) throws RecordRejectedException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new RecordRejectedException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode event)) {
            throw new RecordRejectedException("a log line is a JSON object");
        }
        String uid = required(event, "uid");
        String sampleId = required(event, "sampleId");
        Instant at;
        try {
            at = Instant.parse(required(event, "time"));
        } catch (DateTimeParseException e) {
            throw new RecordRejectedException("'time' is not an ISO-8601 instant such as 2026-11-30T21:00:00Z");
        }
        if (!(event.get("payload") instanceof ObjectNode payload)) {
            throw new RecordRejectedException("'payload' must be a JSON object");
        }
        boolean wholeSample = !payload.has("step") && !payload.has("candidate");
        Decision decision = switch (required(event, "type")) {
            case "verdict" -> verdict(Json.text(payload, "verdict"), at, uid);
            case "verdict_clear" -> new Decision("", at, uid, 0, null, null, null, null, null, 0);
            case "rating" -> {
                JsonNode score = payload.get("score");
                if (score == null || !score.canConvertToInt() || score.intValue() < 1 || score.intValue() > 5) {
                    throw new RecordRejectedException("a rating is 1 to 5");
                }
                yield wholeSample ? new Decision(null, null, null, score.intValue(), at, uid, null, null, null, 0) : null;
            }
            case "rating_clear" -> wholeSample ? new Decision(null, null, null, 0, at, uid, null, null, null, 0) : null;
            case "revision" -> {
                if (!(event.get("sample") instanceof ObjectNode body)) {
                    throw new RecordRejectedException("a revision needs the edited sample as 'sample'");
                }
                Sample revised = StudioCodec.fromJson(body, new ArrayList<>()).withId(sampleId);
                yield new Decision(null, null, null, 0, null, null, StudioCodec.writeBytes(revised), at, uid, 1);
            }
            default -> null;
        };
        return decision == null ? null : new Tuple2<>(sampleId, decision);
    }

    private static Decision verdict(String verdict, Instant at, String uid) throws RecordRejectedException {
        if (verdict == null || !List.of("accepted", "rejected", "needs-edit").contains(verdict)) {
            throw new RecordRejectedException("a verdict is accepted, rejected or needs-edit");
        }
        return new Decision(verdict, at, uid, 0, null, null, null, null, null, 0);
    }

    private static String required(JsonNode node, String field) throws RecordRejectedException {
        String value = Json.text(node, field);
        if (value == null || value.isBlank()) {
            throw new RecordRejectedException("'" + field + "' is missing or not a non-empty string");
        }
        return value;
    }
}
