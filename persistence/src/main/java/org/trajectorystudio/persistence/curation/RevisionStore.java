package org.trajectorystudio.persistence.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.store.SampleRow;
import org.trajectorystudio.persistence.store.SampleStore;

/**
 * Stores a sample's next revision inside its event's transaction: the body under the next number (taken under a row
 * lock), the summary columns and tool index following the latest revision, and its quality flags.
 */
final class RevisionStore {
    private RevisionStore() {}

    /** @return the number the revision got */
    static int storeNext(Connection connection, long seq, long eventId, Sample revised, byte[] body) throws SQLException {
        // Locked until commit: two revisions of one sample at once (two windows, a CLI, a background task) wait
        // for each other instead of both taking the same number.
        int revision = SampleStore.lockRevision(connection, seq) + 1;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sample_revision(sample_seq, revision, event_id, body) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setInt(2, revision);
            insert.setLong(3, eventId);
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
            update.setInt(1, revision);
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
        return revision;
    }
}
