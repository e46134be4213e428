package org.trajectorystudio.persistence.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.SampleStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Curating samples: every call appends one event to the log and updates the derived current state in the same
 * transaction, which is committed (and written to the file) before the call returns. Thread-safe.
 */
public final class Curation {
    private final Database database;
    private final CurationLogWriter writer;
    private final CurationReads reads;

    public Curation(Database database, Supplier<String> annotator) {
        this(database, new CurationLogWriter(database, annotator, null));
    }

    private Curation(Database database, CurationLogWriter writer) {
        this.database = database;
        this.writer = writer;
        this.reads = new CurationReads(database);
    }

    /** The same service writing as another annotator. */
    public Curation as(String name) {
        String checked = checkName(name, "annotator");
        return new Curation(database, new CurationLogWriter(database, () -> checked, null));
    }

    public String annotator() {
        return writer.annotator();
    }

    /** What the log says (revisions, state, history, preferences); the read methods below are shortcuts to it. */
    public CurationReads reads() {
        return reads;
    }

    public List<RevisionInfo> revisions(String sampleId) {
        return reads.revisions(sampleId);
    }

    public Sample revision(String sampleId, int revision) {
        return reads.revision(sampleId, revision);
    }

    public Sample latest(String sampleId) {
        return reads.latest(sampleId);
    }

    public List<String> labelsInUse() {
        return reads.labelsInUse();
    }

    public List<Preference> preferences() {
        return reads.preferences();
    }

    public List<StepPreference> stepPreferences() {
        return reads.stepPreferences();
    }

    public CurationState state(String sampleId) {
        return reads.state(sampleId);
    }

    public List<CurationEvent> history(String sampleId) {
        return reads.history(sampleId);
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
        return writer.append(target.sampleId(), EventType.RATING, payload, (connection, seq, event) -> {
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
        return writer.append(sampleId, EventType.VERDICT, Json.object().put("verdict", verdict.wireName()),
                (connection, seq, event) -> update(connection, "UPDATE sample SET verdict = ? WHERE seq = ?", verdict.wireName(), seq));
    }

    public CurationEvent addLabel(String sampleId, String label) {
        String name = checkLabel(label);
        return writer.append(sampleId, EventType.LABEL_ADD, Json.object().put("label", name), (connection, seq, event) -> {
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
        return writer.append(sampleId, EventType.LABEL_REMOVE, Json.object().put("label", name), (connection, seq, event) -> {
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
        return writer.append(sampleId, EventType.NOTE, Json.object().put("text", text), (connection, seq, event) -> {});
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
        return writer.append(target.sampleId(), EventType.RATING_CLEAR, payload, (connection, seq, event) -> {
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
        return writer.append(sampleId, EventType.VERDICT_CLEAR, Json.object(),
                (connection, seq, event) -> update(connection, "UPDATE sample SET verdict = ? WHERE seq = ?", "", seq));
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
        return writer.append(left.sampleId(), EventType.PREFERENCE, payload, (connection, seq, event) -> {
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
        return writer.append(sample.sampleId(), EventType.STEP_PREFERENCE, payload, (connection, seq, event) ->
                revision[0] = resolveRevision(connection, seq, sample),
                () -> payload.put("revision", revision[0]).put("step", step).put("chosen", chosen).put("rejected", rejected)
                        .put("reason", reason == null ? "" : reason.strip()));
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
        return writer.append(sampleId, EventType.REVISION, payload,
                (connection, seq, event) -> revision[0] = RevisionStore.storeNext(connection, seq, event.id(), revised, body),
                () -> payload.put("revision", revision[0]));
    }

    /** Logs a judge's suggestion (as this annotator, e.g. {@code judge:qwen3}); no curation state changes. */
    public CurationEvent suggest(String sampleId, ObjectNode payload) {
        return writer.append(sampleId, EventType.SUGGESTION, payload, (connection, seq, event) -> {});
    }

    // ---------------------------------------------------------------- replaying imported events (CurationLog)

    /** This service writing one imported event, as its author, at its time, inside the import's transaction. */
    Curation replaying(Replay event) {
        return new Curation(database, new CurationLogWriter(database, event::annotator, event));
    }

    /** Logs an event whose type has no derived state to replay (or none this version knows how to replay). */
    CurationEvent logOnly(String sampleId, EventType type, ObjectNode payload) {
        return writer.append(sampleId, type, payload, (connection, seq, event) -> {});
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

    static String checkName(String name, String what) {
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
