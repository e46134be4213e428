package org.trajectorystudio.persistence.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.SampleStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one write path of the curation log: appends an event, applies its derived state and commits, as the current
 * annotator; or, replaying an imported event ({@link CurationLog}), as its author at its time inside the import's
 * transaction.
 */
final class CurationLogWriter {
    private final Database database;
    private final Supplier<String> annotator;
    /** Set only when replaying an imported event; null for local work. */
    private final Replay replay;

    CurationLogWriter(Database database, Supplier<String> annotator, Replay replay) {
        this.database = database;
        this.annotator = annotator;
        this.replay = replay;
    }

    String annotator() {
        return annotator.get();
    }

    @FunctionalInterface
    interface Derive {
        void apply(Connection connection, long seq, CurationEvent event) throws SQLException;
    }

    CurationEvent append(String sampleId, EventType type, ObjectNode payload, Derive derive) {
        return append(sampleId, type, payload, derive, () -> {});
    }

    /**
     * Appends the event, applies its derived state, commits; {@code finishPayload} may complete the payload after the
     * derived state is applied. Every event gets a random UUID as its {@code uid}, which identifies it in every
     * library its log is imported into. When replaying an imported event, its uid, author and time are kept, it joins
     * the import's batch transaction, and its derived state is applied only when the import says it is the newest.
     */
    CurationEvent append(String sampleId, EventType type, ObjectNode payload, Derive derive, Runnable finishPayload) {
        Objects.requireNonNull(sampleId, "sampleId");
        String who = replay != null ? replay.annotator() : Curation.checkName(annotator.get(), "annotator");
        // Microseconds: what the TIMESTAMP column keeps, so the returned event equals the stored and exported one.
        Instant at = replay != null ? replay.at() : Instant.now().truncatedTo(ChronoUnit.MICROS);
        String uid = replay != null ? replay.uid() : UUID.randomUUID().toString();
        Database.SqlWork<CurationEvent> work = connection -> {
            long seq = SampleStore.seqOf(connection, sampleId);
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO curation_event(sample_id, annotator, at_time, type, payload, uid) VALUES (?, ?, ?, ?, '{}', ?)",
                    new String[] {"ID"})) {
                insert.setString(1, sampleId);
                insert.setString(2, who);
                insert.setObject(3, at.atOffset(ZoneOffset.UTC));
                insert.setString(4, type.wireName());
                insert.setString(5, uid);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (replay == null || replay.applyState()) {
                derive.apply(connection, seq, new CurationEvent(id, sampleId, who, at, type, null));
            }
            finishPayload.run();
            String json = Json.write(payload);
            try (PreparedStatement setPayload = connection.prepareStatement("UPDATE curation_event SET payload = ? WHERE id = ?")) {
                setPayload.setString(1, json);
                setPayload.setLong(2, id);
                setPayload.executeUpdate();
            }
            try (PreparedStatement touch = connection.prepareStatement(
                    "MERGE INTO sample_annotator KEY(annotator, sample_seq) VALUES (?, ?)")) {
                touch.setString(1, who);
                touch.setLong(2, seq);
                touch.executeUpdate();
            }
            return new CurationEvent(id, sampleId, who, at, type, json);
        };
        if (replay == null) {
            return database.inTransaction(work);
        }
        try {
            return work.run(replay.connection());
        } catch (SQLException e) {
            throw database.failure(e);
        }
    }
}
