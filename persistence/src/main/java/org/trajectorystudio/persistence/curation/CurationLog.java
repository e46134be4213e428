package org.trajectorystudio.persistence.curation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trajectorystudio.model.export.io.AtomicFile;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.importing.LineIssue;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.BodyCodec;
import org.trajectorystudio.persistence.store.Database;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves curators' work between libraries as JSONL ({@link LogEntry}: one event a line, in time order), so that logs
 * from several laptops merge into one library without duplicates. Sample ids are content hashes, hence the same in
 * every library that imported the same data; events are matched by their {@code uid}.
 *
 * <p>Importing replays each new event through {@link Curation} exactly as if it had been made here, keeping its uid,
 * author and time. <b>The latest by time wins</b>: an imported rating, verdict or label event changes the current
 * state only when it is newer than every event this library already holds for the same target (the sample, step or
 * candidate for ratings; the sample for verdicts; the label for labels). An older one is kept in the log (it counts
 * for agreement) but leaves the current state as it is. So the result is the same whichever order the logs are
 * imported in. Notes have no state. A revision carries its edited sample and is stored as this library's next
 * revision, which becomes the shown one: edits are content, not opinions, and the earlier revision stays restorable.
 * Event types without a replay case here (added later) are logged without derived state: give them a case in
 * {@code replay} and {@code isNewest} when they derive any.
 *
 * <p>The import holds the file's events in memory to put them in time order: a curator's log is thousands of events
 * (revisions with their samples), not millions.
 */
public final class CurationLog {
    /** Events per transaction when importing. */
    static final int BATCH = 500;

    private final Database database;
    private final Curation curation;

    public CurationLog(Database database, Curation curation) {
        this.database = database;
        this.curation = curation;
    }

    /** Writes the log (one annotator's events, or everyone's when {@code annotator} is null) to {@code out}, atomically. */
    public LogExportResult export(Path out, String annotator) {
        String who = annotator == null || annotator.isBlank() ? null : annotator.strip();
        return database.read(connection -> {
            try (AtomicFile file = new AtomicFile(out);
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT e.uid, e.sample_id, e.annotator, e.at_time, e.type, e.payload, r.body FROM curation_event e"
                                 + " LEFT JOIN sample_revision r ON r.event_id = e.id"
                                 + (who == null ? "" : " WHERE e.annotator = ?") + " ORDER BY e.at_time, e.id")) {
                if (who != null) {
                    select.setString(1, who);
                }
                long events = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String sampleId = rs.getString(2);
                        byte[] body = rs.getBytes(7);
                        LogEntry entry = new LogEntry(0, rs.getString(1), sampleId, rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(), EventType.fromWireName(rs.getString(5)),
                                (ObjectNode) Json.MAPPER.readTree(rs.getString(6)),
                                body == null ? null : BodyCodec.decode(sampleId, body));
                        file.write((Json.write(entry.toJson()) + "\n").getBytes(StandardCharsets.UTF_8));
                        events++;
                    }
                }
                long bytes = file.bytes();
                file.commit();
                return new LogExportResult(out.toString(), who, events, bytes);
            } catch (IOException e) {
                throw new LibraryException("cannot write " + out + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Adds the events of an exported log that this library does not hold yet; see the class comment for how they
     * change the current state. Bad lines and events of unknown samples are reported one line each and skipped;
     * the rest is imported in batches of {@value #BATCH} events, one transaction each.
     *
     * @throws LibraryException when the file cannot be read at all
     */
    public LogImportResult importLog(Path file, CancelToken cancel) {
        return importLog(file, cancel, ProgressListener.NONE);
    }

    /** Reports after each batch how many of the file's events were handled; {@code cancel} stops between batches. */
    public LogImportResult importLog(Path file, CancelToken cancel, ProgressListener progress) {
        Objects.requireNonNull(cancel, "cancel");
        List<LogEntry> entries = new ArrayList<>();
        List<LineIssue> rejected = new ArrayList<>();
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                lines++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    entries.add(LogEntry.parse(lines, text));
                } catch (RecordRejectedException e) {
                    rejected.add(new LineIssue(lines, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new LibraryException("cannot read " + file + ": " + e.getMessage(), e);
        }
        entries.sort(LogEntry.CHRONOLOGICAL);
        Counts counts = new Counts();
        List<LineIssue> missing = new ArrayList<>();
        for (int from = 0; from < entries.size() && !cancel.isCancelled(); from += BATCH) {
            List<LogEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            Counts batchCounts = new Counts();
            List<LineIssue> batchMissing = new ArrayList<>();
            List<LineIssue> batchRejected = new ArrayList<>();
            database.inTransaction(connection -> {
                for (LogEntry entry : batch) {
                    importOne(connection, entry, batchCounts, batchMissing, batchRejected);
                }
                return null;
            });
            counts.add(batchCounts);
            missing.addAll(batchMissing);
            rejected.addAll(batchRejected);
            long done = Math.min(entries.size(), from + BATCH);
            progress.progress(new Progress(done, entries.size(), "events", done + " of " + entries.size() + " events"));
        }
        rejected.sort(java.util.Comparator.comparingLong(LineIssue::line));
        missing.sort(java.util.Comparator.comparingLong(LineIssue::line));
        return new LogImportResult(file.toString(), lines, counts.imported, counts.known, counts.superseded, missing, rejected);
    }

    private static final class Counts {
        long imported;
        long known;
        long superseded;

        void add(Counts other) {
            imported += other.imported;
            known += other.known;
            superseded += other.superseded;
        }
    }

    private void importOne(Connection connection, LogEntry entry, Counts counts, List<LineIssue> missing,
            List<LineIssue> rejected) throws SQLException {
        if (exists(connection, "SELECT 1 FROM curation_event WHERE uid = ?", entry.uid())) {
            counts.known++;
            return;
        }
        if (!exists(connection, "SELECT 1 FROM sample WHERE id = ?", entry.sampleId())) {
            missing.add(new LineIssue(entry.line(), "no sample with id " + entry.sampleId() + " in this library (event "
                    + entry.uid() + ")"));
            return;
        }
        boolean newest = isNewest(connection, entry);
        Curation writer = curation.replaying(new Replay(entry.uid(), entry.annotator(), entry.at(), connection, newest));
        Savepoint savepoint = connection.setSavepoint();
        try {
            replay(writer, entry);
            counts.imported++;
            if (!newest) {
                counts.superseded++;
            }
        } catch (IllegalArgumentException | LibraryException e) {
            // One bad event (a step the sample does not have…) must not undo the rest of its batch.
            connection.rollback(savepoint);
            rejected.add(new LineIssue(entry.line(), e.getMessage()));
        }
    }

    private static void replay(Curation writer, LogEntry entry) {
        ObjectNode payload = entry.payload();
        String id = entry.sampleId();
        switch (entry.type()) {
            case RATING -> writer.rate(new RatingTarget(id, optionalInt(payload, "step"), optionalInt(payload, "candidate")),
                    payload.get("score").intValue());
            case VERDICT -> writer.verdict(id, Verdict.fromWireName(Json.text(payload, "verdict")));
            case LABEL_ADD -> writer.addLabel(id, Json.text(payload, "label"));
            case LABEL_REMOVE -> writer.removeLabel(id, Json.text(payload, "label"));
            case RATING_CLEAR -> writer.clearRating(new RatingTarget(id, optionalInt(payload, "step"), optionalInt(payload, "candidate")));
            case VERDICT_CLEAR -> writer.clearVerdict(id);
            case NOTE -> writer.note(id, Json.text(payload, "text"));
            case REVISION -> writer.revise(id, entry.sample());
            default -> writer.logOnly(id, entry.type(), payload);
        }
    }

    /** True when no event this library holds for the entry's target is later (by time, then uid). */
    private static boolean isNewest(Connection connection, LogEntry entry) throws SQLException {
        List<EventType> rivals = switch (entry.type()) {
            case RATING, RATING_CLEAR -> List.of(EventType.RATING, EventType.RATING_CLEAR);
            case VERDICT, VERDICT_CLEAR -> List.of(EventType.VERDICT, EventType.VERDICT_CLEAR);
            case LABEL_ADD, LABEL_REMOVE -> List.of(EventType.LABEL_ADD, EventType.LABEL_REMOVE);
            default -> List.of();
        };
        if (rivals.isEmpty()) {
            return true;
        }
        String key = targetKey(entry.type(), entry.payload());
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT at_time, uid, type, payload FROM curation_event WHERE sample_id = ? AND type IN (?, ?)")) {
            select.setString(1, entry.sampleId());
            select.setString(2, rivals.getFirst().wireName());
            select.setString(3, rivals.getLast().wireName());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
                    int order = at.compareTo(entry.at());
                    boolean later = order > 0 || order == 0 && rs.getString(2).compareTo(entry.uid()) > 0;
                    if (later && key.equals(targetKey(EventType.fromWireName(rs.getString(3)), Json.MAPPER.readTree(rs.getString(4))))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** What an event's state is about: the rated step/candidate, the label, or the sample itself. */
    private static String targetKey(EventType type, JsonNode payload) {
        return switch (type) {
            case RATING, RATING_CLEAR -> optionalInt(payload, "step") + "/" + optionalInt(payload, "candidate");
            case LABEL_ADD, LABEL_REMOVE -> "label:" + Json.text(payload, "label");
            default -> "";
        };
    }

    private static Integer optionalInt(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || !value.isIntegralNumber() ? null : value.intValue();
    }

    private static boolean exists(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
