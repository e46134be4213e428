package org.trajectorystudio.persistence.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.persistence.store.BodyFile;
import org.trajectorystudio.persistence.store.SampleRow;

/**
 * Writes parsed chunks into the library in transactions of one or more chunks: new samples, the chunks' line issues
 * and the dataset counts commit together, so a crash leaves whole batches only. Duplicates (same id already stored, or twice
 * in the chunk) are skipped and counted. Single-threaded: the importer's writer owns it.
 */
final class SampleWriter implements AutoCloseable {
    private final Connection connection;
    private final long datasetId;
    private final PreparedStatement existing;
    private final PreparedStatement insert;
    private final PreparedStatement issue;
    private final PreparedStatement tool;
    private final PreparedStatement member;

    private final BodyFile bodies;
    /** Flushes the committed database file ({@link org.trajectorystudio.persistence.store.Database#forceCommitted}). */
    private final Runnable afterCommit;
    /**
     * The last row key written. The writer numbers rows itself: H2's identity sequence flushed its state to the
     * store every few dozen rows, which cost the import's writer thread almost half its time. Imports run one at a
     * time and nothing else inserts samples, so the next key is always the largest plus one.
     */
    private long lastSeq;
    /**
     * Set when the library held no sample as this import began: then only what this import wrote can be a duplicate,
     * and {@link #written} answers for most rows without a lookup (those lookups were an eighth of the writer's CPU).
     */
    private final boolean emptyAtStart;
    private final WrittenIds written = new WrittenIds();

    SampleWriter(Connection connection, BodyFile bodies, long datasetId, Runnable afterCommit) throws SQLException {
        this.connection = connection;
        this.afterCommit = afterCommit;
        this.bodies = bodies;
        this.datasetId = datasetId;
        connection.setAutoCommit(false);
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM sample");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            lastSeq = rs.getLong(1);
        }
        emptyAtStart = lastSeq == 0;
        existing = connection.prepareStatement("SELECT id, seq, dataset_id FROM sample WHERE id = ANY(?)");
        insert = connection.prepareStatement(
                "INSERT INTO sample(id, dataset_id, kind, question, judgment, steps, tool_calls, candidates, tokens,"
                        + " tools_used, source_line, body_offset, body_length, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        tool = connection.prepareStatement("INSERT INTO sample_tool(tool, sample_seq) VALUES (?, ?)");
        member = connection.prepareStatement("MERGE INTO dataset_member KEY (dataset_id, sample_seq) VALUES (?, ?)");
        issue = connection.prepareStatement("INSERT INTO dataset_issue(dataset_id, line, severity, reason) VALUES (?, ?, ?, ?)");
    }

    /** Adds a chunk to the open transaction; {@link #commit} makes it visible and durable. */
    int write(ParsedChunk chunk) throws SQLException {
        try {
            Set<String> skip = storedIds(chunk.rows());
            List<SampleRow> fresh = new ArrayList<>(chunk.rows().size());
            for (SampleRow row : chunk.rows()) {
                if (skip.add(row.id())) {
                    fresh.add(row);
                }
            }
            // Bodies first: a row is committed only after the bytes it points at are in the file.
            long offset = fresh.isEmpty() ? 0 : bodies.append(fresh.stream().map(SampleRow::body).toList());
            int inserted = 0;
            int tools = 0;
            for (SampleRow row : fresh) {
                insert.setString(1, row.id());
                insert.setLong(2, datasetId);
                insert.setString(3, row.kind());
                insert.setString(4, row.question());
                insert.setString(5, row.judgment());
                insert.setInt(6, row.steps());
                insert.setInt(7, row.toolCalls());
                insert.setInt(8, row.candidates());
                insert.setInt(9, row.tokens());
                insert.setString(10, row.toolsUsed());
                insert.setLong(11, row.sourceLine());
                insert.setLong(12, offset);
                insert.setInt(13, row.body().length);
                insert.setLong(14, lastSeq + inserted + 1);
                tools += addTools(row.toolsUsed(), lastSeq + inserted + 1);
                offset += row.body().length;
                insert.addBatch();
                inserted++;
            }
            if (inserted > 0) {
                insert.executeBatch();
                lastSeq += inserted;
                for (SampleRow row : fresh) {
                    written.add(row.id());
                }
            }
            if (tools > 0) {
                tool.executeBatch();
            }
            addIssues(chunk.rejected(), "R");
            addIssues(chunk.warnings(), "W");
            DatasetRecorder.count(connection, datasetId, inserted, chunk.rows().size() - inserted,
                    chunk.rejected().size(), chunk.warnings().size(), inserted > 0 ? offset : 0);
            return inserted;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Makes the open transaction durable, the one place an import flushes: the bodies reach the device before the
     * rows that point at them commit, then the database file after the commit, so that what the import reported
     * committed survives a power loss, not only a killed process.
     */
    void commit() throws SQLException {
        bodies.force();
        connection.commit();
        afterCommit.run();
    }

    /**
     * The ids of the chunk already in the library. Those another dataset brought in become members of this one, so
     * that the file's dataset lists every sample it holds (a second form of the same trajectories shows them too).
     */
    private Set<String> storedIds(List<SampleRow> rows) throws SQLException {
        Set<String> found = new HashSet<>();
        Object[] candidates = rows.stream().map(SampleRow::id)
                .filter(id -> !emptyAtStart || written.mightContain(id)).toArray();
        if (candidates.length == 0) {
            return found;
        }
        Array ids = connection.createArrayOf("VARCHAR", candidates);
        existing.setArray(1, ids);
        int members = 0;
        try (ResultSet rs = existing.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
                if (rs.getLong(3) != datasetId) {
                    member.setLong(1, datasetId);
                    member.setLong(2, rs.getLong(2));
                    member.addBatch();
                    members++;
                }
            }
        }
        if (members > 0) {
            member.executeBatch();
        }
        return found;
    }

    /** Batches one sample_tool row per tool of a ",a,b," list; returns how many. */
    private int addTools(String toolsUsed, long seq) throws SQLException {
        int count = 0;
        for (String name : SampleRow.toolNames(toolsUsed)) {
            tool.setString(1, name);
            tool.setLong(2, seq);
            tool.addBatch();
            count++;
        }
        return count;
    }

    private void addIssues(List<LineIssue> issues, String severity) throws SQLException {
        if (issues.isEmpty()) {
            return;
        }
        for (LineIssue lineIssue : issues) {
            issue.setLong(1, datasetId);
            issue.setLong(2, lineIssue.line());
            issue.setString(3, severity);
            issue.setString(4, lineIssue.reason().length() > 4000 ? lineIssue.reason().substring(0, 3999) + "…" : lineIssue.reason());
            issue.addBatch();
        }
        issue.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        existing.close();
        insert.close();
        issue.close();
        tool.close();
        member.close();
        connection.close();
    }
}
