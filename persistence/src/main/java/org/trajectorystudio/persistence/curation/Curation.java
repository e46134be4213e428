package org.trajectorystudio.persistence.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.SampleRow;
import org.trajectorystudio.persistence.store.SampleStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Curating samples: every call appends one event to the log and updates the derived current state in the same
 * transaction, which is committed (and written to the file) before the call returns. Thread-safe.
 */
public final class Curation {
    private final Database database;
    private final Supplier<String> annotator;
    /** Set only on the instance that replays an imported event ({@link CurationLog}); null for local work. */
    private final Replay replay;

    public Curation(Database database, Supplier<String> annotator) {
        this(database, annotator, null);
    }

    private Curation(Database database, Supplier<String> annotator, Replay replay) {
        this.database = database;
        this.annotator = annotator;
        this.replay = replay;
    }

    /** The same service writing as another annotator. */
    public Curation as(String name) {
        String checked = checkName(name, "annotator");
        return new Curation(database, () -> checked);
    }

    public String annotator() {
        return annotator.get();
    }

    /** Rates a sample, a step or a candidate 1–5; the latest rating of a target is its current one. */
    public CurationEvent rate(RatingTarget target, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + score);
        }
        ObjectNode payload = Json.object().put("score", score);
        if (target.step() != null) {
            payload.put("step", target.step());
        }
        if (target.candidate() != null) {
            payload.put("candidate", target.candidate());
        }
        return append(target.sampleId(), EventType.RATING, payload, (connection, seq, event) -> {
            if (target.step() != null) {
                checkTarget(database, connection, target);
            }
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO rating_state KEY(sample_seq, step, candidate) VALUES (?, ?, ?, ?, ?)")) {
                merge.setLong(1, seq);
                merge.setInt(2, target.step() == null ? -1 : target.step());
                merge.setInt(3, target.candidate() == null ? -1 : target.candidate());
                merge.setInt(4, score);
                merge.setString(5, event.annotator());
                merge.executeUpdate();
            }
            if (target.isSample()) {
                update(connection, "UPDATE sample SET rating = ? WHERE seq = ?", score, seq);
            }
        });
    }

    public CurationEvent verdict(String sampleId, Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        return append(sampleId, EventType.VERDICT, Json.object().put("verdict", verdict.wireName()),
                (connection, seq, event) -> update(connection, "UPDATE sample SET verdict = ? WHERE seq = ?", verdict.wireName(), seq));
    }

    public CurationEvent addLabel(String sampleId, String label) {
        String name = checkLabel(label);
        return append(sampleId, EventType.LABEL_ADD, Json.object().put("label", name), (connection, seq, event) -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO sample_label KEY(label, sample_seq) VALUES (?, ?)")) {
                merge.setString(1, name);
                merge.setLong(2, seq);
                merge.executeUpdate();
            }
            refreshLabels(connection, seq);
        });
    }

    public CurationEvent removeLabel(String sampleId, String label) {
        String name = checkLabel(label);
        return append(sampleId, EventType.LABEL_REMOVE, Json.object().put("label", name), (connection, seq, event) -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sample_label WHERE label = ? AND sample_seq = ?")) {
                delete.setString(1, name);
                delete.setLong(2, seq);
                delete.executeUpdate();
            }
            refreshLabels(connection, seq);
        });
    }

    public CurationEvent note(String sampleId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs some text");
        }
        return append(sampleId, EventType.NOTE, Json.object().put("text", text), (connection, seq, event) -> {});
    }

    /** Makes a target unrated again (its earlier ratings stay in the log); undo of a first rating. */
    public CurationEvent clearRating(RatingTarget target) {
        ObjectNode payload = Json.object();
        if (target.step() != null) {
            payload.put("step", target.step());
        }
        if (target.candidate() != null) {
            payload.put("candidate", target.candidate());
        }
        return append(target.sampleId(), EventType.RATING_CLEAR, payload, (connection, seq, event) -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM rating_state WHERE sample_seq = ? AND step = ? AND candidate = ?")) {
                delete.setLong(1, seq);
                delete.setInt(2, target.step() == null ? -1 : target.step());
                delete.setInt(3, target.candidate() == null ? -1 : target.candidate());
                delete.executeUpdate();
            }
            if (target.isSample()) {
                update(connection, "UPDATE sample SET rating = ? WHERE seq = ?", 0, seq);
            }
        });
    }

    /** Takes the verdict back to "none" (the log keeps the earlier ones); undo of a first verdict. */
    public CurationEvent clearVerdict(String sampleId) {
        return append(sampleId, EventType.VERDICT_CLEAR, Json.object(),
                (connection, seq, event) -> update(connection, "UPDATE sample SET verdict = ? WHERE seq = ?", "", seq));
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

    /**
     * Logs which of two trajectories (two samples, or two revisions of one) is better, on the left sample's log:
     * {@code {"left":"a","leftRevision":0,"right":"b","rightRevision":2,"outcome":"left","reason":"…"}}. A later
     * preference for the same pair (either way round) supersedes this one; see {@link #preferences()}.
     *
     * @param left a revision of null means the latest, resolved and logged as its number
     * @param reason may be null or empty
     */
    public CurationEvent prefer(RevisionRef left, RevisionRef right, PreferenceOutcome outcome, String reason) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(outcome, "outcome");
        if (left.sampleId().equals(right.sampleId()) && left.revision() != null && left.revision().equals(right.revision())) {
            throw new IllegalArgumentException("a preference needs two different trajectories, not " + left + " twice");
        }
        ObjectNode payload = Json.object();
        int[] revisions = new int[2];
        return append(left.sampleId(), EventType.PREFERENCE, payload, (connection, seq, event) -> {
            revisions[0] = resolveRevision(connection, seq, left);
            revisions[1] = resolveRevision(connection, SampleStore.seqOf(connection, right.sampleId()), right);
            if (left.sampleId().equals(right.sampleId()) && revisions[0] == revisions[1]) {
                throw new IllegalArgumentException("a preference needs two different trajectories, not "
                        + left.sampleId() + "@" + revisions[0] + " twice");
            }
        }, () -> payload.put("left", left.sampleId()).put("leftRevision", revisions[0])
                .put("right", right.sampleId()).put("rightRevision", revisions[1])
                .put("outcome", outcome.wireName()).put("reason", reason == null ? "" : reason.strip()));
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

    /**
     * Logs that at {@code step} (1-based) of the sample's revision, option {@code chosen} is better than option
     * {@code rejected} (1-based option numbers): {@code {"revision":2,"step":3,"chosen":2,"rejected":1,"reason":"…"}}.
     * The trajectory is not changed: the action taken and its real response stay. A later preference for the same
     * step and options (either way round) supersedes this one.
     *
     * @param revision null means the latest, resolved and logged as its number
     */
    public CurationEvent preferStep(RevisionRef sample, int step, int chosen, int rejected, String reason) {
        Objects.requireNonNull(sample, "sample");
        if (step < 1 || chosen < 1 || rejected < 1) {
            throw new IllegalArgumentException("steps and options are counted from 1");
        }
        if (chosen == rejected) {
            throw new IllegalArgumentException("a preference needs two different options, not option " + chosen + " twice");
        }
        ObjectNode payload = Json.object();
        int[] revision = new int[1];
        return append(sample.sampleId(), EventType.STEP_PREFERENCE, payload, (connection, seq, event) ->
                revision[0] = resolveRevision(connection, seq, sample),
                () -> payload.put("revision", revision[0]).put("step", step).put("chosen", chosen).put("rejected", rejected)
                        .put("reason", reason == null ? "" : reason.strip()));
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

    private static int resolveRevision(Connection connection, long seq, RevisionRef ref) throws SQLException {
        int latest = SampleStore.revisionOf(connection, seq);
        if (ref.revision() == null) {
            return latest;
        }
        if (ref.revision() > latest) {
            throw new IllegalArgumentException("sample " + ref.sampleId() + " has revisions 0 to " + latest + ", not " + ref.revision());
        }
        return ref.revision();
    }

    /**
     * Stores an edited sample as the next revision (the imported original and earlier revisions stay). The summary
     * columns (steps, tokens, …) follow the latest revision; the sample keeps its id.
     *
     * @return the event; its payload holds the new revision number
     */
    public CurationEvent revise(String sampleId, Sample edited) {
        Objects.requireNonNull(edited, "edited");
        Sample revised = edited.withId(sampleId);
        byte[] body = new BodyCodec().encode(revised);
        int[] revision = new int[1];
        ObjectNode payload = Json.object();
        return append(sampleId, EventType.REVISION, payload, (connection, seq, event) -> {
            // Locked until commit: two revisions of one sample at once (two windows, a CLI, a background task) wait
            // for each other instead of both taking the same number.
            revision[0] = SampleStore.lockRevision(connection, seq) + 1;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sample_revision(sample_seq, revision, event_id, body) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setInt(2, revision[0]);
                insert.setLong(3, event.id());
                insert.setBytes(4, body);
                insert.executeUpdate();
            }
            // sample_tool follows tools_used: drop the old list's rows (by primary key), add the new list's.
            try (PreparedStatement old = connection.prepareStatement("SELECT tools_used FROM sample WHERE seq = ?");
                 PreparedStatement clear = connection.prepareStatement("DELETE FROM sample_tool WHERE tool = ? AND sample_seq = ?")) {
                old.setLong(1, seq);
                try (ResultSet rs = old.executeQuery()) {
                    if (rs.next()) {
                        for (String tool : SampleRow.toolNames(rs.getString(1))) {
                            clear.setString(1, tool);
                            clear.setLong(2, seq);
                            clear.executeUpdate();
                        }
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sample SET revision = ?, kind = ?, question = ?, judgment = ?, steps = ?, tool_calls = ?,"
                            + " candidates = ?, tokens = ?, tools_used = ? WHERE seq = ?")) {
                update.setInt(1, revision[0]);
                update.setString(2, revised.kind().wireName());
                update.setString(3, revised.question());
                update.setString(4, revised.judgment().wireName());
                update.setInt(5, revised.steps().size());
                update.setInt(6, revised.toolCallCount());
                update.setInt(7, revised.candidateCount());
                update.setInt(8, org.trajectorystudio.model.tokens.SampleTokens.approximateTotal(revised));
                update.setString(9, SampleRow.toolsUsed(revised));
                update.setLong(10, seq);
                update.executeUpdate();
            }
            try (PreparedStatement add = connection.prepareStatement("INSERT INTO sample_tool(tool, sample_seq) VALUES (?, ?)")) {
                for (String tool : SampleRow.toolNames(SampleRow.toolsUsed(revised))) {
                    add.setString(1, tool);
                    add.setLong(2, seq);
                    add.executeUpdate();
                }
            }
            org.trajectorystudio.persistence.flags.FlagStore.replace(connection, seq, revised);
        }, () -> payload.put("revision", revision[0]));
    }

    /** Logs a judge's suggestion (as this annotator, e.g. {@code judge:qwen3}); no curation state changes. */
    public CurationEvent suggest(String sampleId, ObjectNode payload) {
        return append(sampleId, EventType.SUGGESTION, payload, (connection, seq, event) -> {});
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

    private static List<CurationEvent> history(Connection connection, String sampleId) throws SQLException {
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

    // ---------------------------------------------------------------- the one write path

    @FunctionalInterface
    private interface Derive {
        void apply(Connection connection, long seq, CurationEvent event) throws SQLException;
    }

    private CurationEvent append(String sampleId, EventType type, ObjectNode payload, Derive derive) {
        return append(sampleId, type, payload, derive, () -> {});
    }

    /**
     * Appends the event, applies its derived state, commits; {@code finishPayload} may complete the payload after the
     * derived state is applied. Every event gets a random UUID as its {@code uid}, which identifies it in every
     * library its log is imported into. When replaying an imported event, its uid, author and time are kept, it joins
     * the import's batch transaction, and its derived state is applied only when the import says it is the newest.
     */
    private CurationEvent append(String sampleId, EventType type, ObjectNode payload, Derive derive, Runnable finishPayload) {
        Objects.requireNonNull(sampleId, "sampleId");
        String who = replay != null ? replay.annotator() : checkName(annotator.get(), "annotator");
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

    // ---------------------------------------------------------------- replaying imported events (CurationLog)

    /** This service writing one imported event, as its author, at its time, inside the import's transaction. */
    Curation replaying(Replay event) {
        return new Curation(database, event::annotator, event);
    }

    /** Logs an event whose type has no derived state to replay (or none this version knows how to replay). */
    CurationEvent logOnly(String sampleId, EventType type, ObjectNode payload) {
        return append(sampleId, type, payload, (connection, seq, event) -> {});
    }

    private static void checkTarget(Database database, Connection connection, RatingTarget target) throws SQLException {
        Sample sample = SampleStore.loadLatest(database, connection, target.sampleId())
                .orElseThrow(() -> new LibraryException("no sample with id " + target.sampleId()));
        if (target.step() > sample.steps().size()) {
            throw new IllegalArgumentException("sample " + target.sampleId() + " has " + sample.steps().size()
                    + " steps, not " + target.step());
        }
        if (target.candidate() != null) {
            Step step = sample.steps().get(target.step() - 1);
            if (target.candidate() > step.candidates().size()) {
                throw new IllegalArgumentException("step " + target.step() + " of sample " + target.sampleId() + " has "
                        + step.candidates().size() + " candidates, not " + target.candidate());
            }
        }
    }

    private static void refreshLabels(Connection connection, long seq) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT label FROM sample_label WHERE sample_seq = ? ORDER BY label")) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1));
                }
            }
        }
        update(connection, "UPDATE sample SET labels = ? WHERE seq = ?", labels.isEmpty() ? "" : "," + String.join(",", labels) + ",", seq);
    }

    private static void update(Connection connection, String sql, Object value, long seq) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, value);
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }

    private static String checkLabel(String label) {
        String name = checkName(label, "label");
        if (name.contains(",")) {
            throw new IllegalArgumentException("a label cannot contain a comma: '" + name + "'");
        }
        return name;
    }

    private static String checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the " + what + " name is empty");
        }
        String trimmed = name.strip();
        if (trimmed.length() > 200) {
            throw new IllegalArgumentException("the " + what + " name is longer than 200 characters");
        }
        return trimmed;
    }
}
