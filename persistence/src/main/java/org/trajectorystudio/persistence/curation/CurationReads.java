package org.trajectorystudio.persistence.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.SampleStore;

/**
 * What the curation log says: revisions, labels in use, preferences, a sample's current curation and its history.
 * Reads only; {@link Curation} writes. Thread-safe.
 */
public final class CurationReads {
    private final Database database;

    public CurationReads(Database database) {
        this.database = database;
    }

    /** Every revision of a sample, the imported original (0, no author) first. */
    public List<RevisionInfo> revisions(String sampleId) {
        return database.read(connection -> {
            long seq = SampleStore.seqOf(connection, sampleId);
            List<RevisionInfo> revisions = new ArrayList<>();
            revisions.add(RevisionInfo.original());
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT r.revision, e.annotator, e.at_time FROM sample_revision r JOIN curation_event e ON e.id = r.event_id"
                            + " WHERE r.sample_seq = ? ORDER BY r.revision")) {
                select.setLong(1, seq);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        revisions.add(new RevisionInfo(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return revisions;
        });
    }

    /** One revision of a sample (0 = the imported original). */
    public Sample revision(String sampleId, int revision) {
        return database.read(connection -> SampleStore.loadRevision(database, connection, sampleId, revision)
                .orElseThrow(() -> new LibraryException("sample " + sampleId + " has no revision " + revision)));
    }

    /** The latest revision of a sample, as the window shows it. */
    public Sample latest(String sampleId) {
        return database.read(connection -> SampleStore.loadLatest(database, connection, sampleId)
                .orElseThrow(() -> new LibraryException("no sample with id " + sampleId)));
    }

    /** Every label now on some sample, sorted, for completion. */
    public List<String> labelsInUse() {
        return database.read(connection -> {
            List<String> labels = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT label FROM sample_label ORDER BY label");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1));
                }
            }
            return labels;
        });
    }

    /** Every preference in the log, oldest first (superseded ones included). */
    public List<Preference> preferences() {
        return database.read(connection -> {
            List<Preference> preferences = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, annotator, at_time, payload FROM curation_event WHERE type = ? ORDER BY id")) {
                select.setString(1, EventType.PREFERENCE.wireName());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        var json = Json.MAPPER.readTree(rs.getString(4));
                        preferences.add(new Preference(rs.getLong(1), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(),
                                new RevisionRef(json.get("left").asString(), json.get("leftRevision").asInt()),
                                new RevisionRef(json.get("right").asString(), json.get("rightRevision").asInt()),
                                PreferenceOutcome.fromWireName(json.get("outcome").asString()),
                                json.path("reason").asString("")));
                    }
                }
            }
            return preferences;
        });
    }

    /** Every step-level preference in the log, oldest first (superseded ones included). */
    public List<StepPreference> stepPreferences() {
        return database.read(connection -> {
            List<StepPreference> preferences = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, sample_id, annotator, at_time, payload FROM curation_event WHERE type = ? ORDER BY id")) {
                select.setString(1, EventType.STEP_PREFERENCE.wireName());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        var json = Json.MAPPER.readTree(rs.getString(5));
                        preferences.add(new StepPreference(rs.getLong(1), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(),
                                new RevisionRef(rs.getString(2), json.get("revision").asInt()), json.get("step").asInt(),
                                json.get("chosen").asInt(), json.get("rejected").asInt(), json.path("reason").asString("")));
                    }
                }
            }
            return preferences;
        });
    }

    /** The current curation of a sample. */
    public CurationState state(String sampleId) {
        return database.read(connection -> {
            long seq = SampleStore.seqOf(connection, sampleId);
            Integer rating = null;
            List<StepRating> steps = new ArrayList<>();
            try (PreparedStatement ratings = connection.prepareStatement(
                    "SELECT step, candidate, rating, annotator FROM rating_state WHERE sample_seq = ? ORDER BY step, candidate")) {
                ratings.setLong(1, seq);
                try (ResultSet rs = ratings.executeQuery()) {
                    while (rs.next()) {
                        int step = rs.getInt(1);
                        int candidate = rs.getInt(2);
                        if (step < 0) {
                            rating = rs.getInt(3);
                        } else {
                            steps.add(new StepRating(step, candidate < 0 ? null : candidate, rs.getInt(3), rs.getString(4)));
                        }
                    }
                }
            }
            Verdict verdict = null;
            int revision = 0;
            try (PreparedStatement row = connection.prepareStatement("SELECT verdict, revision FROM sample WHERE seq = ?")) {
                row.setLong(1, seq);
                try (ResultSet rs = row.executeQuery()) {
                    rs.next();
                    verdict = rs.getString(1).isEmpty() ? null : Verdict.fromWireName(rs.getString(1));
                    revision = rs.getInt(2);
                }
            }
            List<String> labels = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT label FROM sample_label WHERE sample_seq = ? ORDER BY label")) {
                select.setLong(1, seq);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        labels.add(rs.getString(1));
                    }
                }
            }
            List<String> notes = new ArrayList<>();
            for (CurationEvent event : history(connection, sampleId)) {
                if (event.type() == EventType.NOTE) {
                    notes.add(Json.text(Json.MAPPER.readTree(event.payload()), "text"));
                }
            }
            return new CurationState(sampleId, rating, steps, verdict, labels, notes, revision);
        });
    }

    /** The sample's log, oldest first. */
    public List<CurationEvent> history(String sampleId) {
        return database.read(connection -> {
            SampleStore.seqOf(connection, sampleId);
            return history(connection, sampleId);
        });
    }

    static List<CurationEvent> history(Connection connection, String sampleId) throws SQLException {
        List<CurationEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, annotator, at_time, type, payload FROM curation_event WHERE sample_id = ? ORDER BY id")) {
            select.setString(1, sampleId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new CurationEvent(rs.getLong(1), sampleId, rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), EventType.fromWireName(rs.getString(4)),
                            rs.getString(5)));
                }
            }
        }
        return events;
    }
}
