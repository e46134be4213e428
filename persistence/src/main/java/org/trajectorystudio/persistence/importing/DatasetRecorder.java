package org.trajectorystudio.persistence.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.trajectorystudio.persistence.store.Database;

/** Writes the dataset row of an import run: found or created at the start, counted per batch, closed at the end. */
final class DatasetRecorder {
    private final Database database;

    DatasetRecorder(Database database) {
        this.database = database;
    }

    /**
     * The dataset for this file: the existing one with the same path, size and modification time (a re-run, or the
     * completion of an interrupted run), else a new one. Its per-run counts and issues start afresh.
     */
    long begin(String sourcePath, long size, long modifiedMs, String format) {
        return database.inTransaction(connection -> {
            Long existing = null;
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id FROM dataset WHERE source_path = ? AND size_bytes = ? AND modified_ms = ? AND format = ?"
                            + " ORDER BY id DESC LIMIT 1")) {
                find.setString(1, sourcePath);
                find.setLong(2, size);
                find.setLong(3, modifiedMs);
                find.setString(4, format);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        existing = rs.getLong(1);
                    }
                }
            }
            if (existing != null) {
                try (PreparedStatement reset = connection.prepareStatement(
                        "UPDATE dataset SET status = 'running', started_at = ?, finished_at = NULL,"
                                + " duplicates = 0, rejected = 0, warnings = 0 WHERE id = ?");
                     PreparedStatement clear = connection.prepareStatement("DELETE FROM dataset_issue WHERE dataset_id = ?")) {
                    reset.setObject(1, OffsetDateTime.now());
                    reset.setLong(2, existing);
                    reset.executeUpdate();
                    clear.setLong(1, existing);
                    clear.executeUpdate();
                }
                return existing;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO dataset(source_path, size_bytes, modified_ms, format, status, started_at)"
                            + " VALUES (?, ?, ?, ?, 'running', ?)", new String[] {"ID"})) {
                insert.setString(1, sourcePath);
                insert.setLong(2, size);
                insert.setLong(3, modifiedMs);
                insert.setString(4, format);
                insert.setObject(5, OffsetDateTime.now());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Adds a chunk's counts to the dataset, and where its bodies end in the body file (0: none written); called inside
     * the chunk's own transaction so counts, bodies' end and rows commit together.
     */
    static void count(Connection connection, long datasetId, long imported, long duplicates, long rejected, long warnings,
                      long bodiesEnd) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dataset SET imported = imported + ?, duplicates = duplicates + ?, rejected = rejected + ?,"
                        + " warnings = warnings + ?, bodies_end = GREATEST(bodies_end, ?) WHERE id = ?")) {
            update.setLong(1, imported);
            update.setLong(2, duplicates);
            update.setLong(3, rejected);
            update.setLong(4, warnings);
            update.setLong(5, bodiesEnd);
            update.setLong(6, datasetId);
            update.executeUpdate();
        }
    }

    void finish(long datasetId, String status, String sha256) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE dataset SET status = ?, sha256 = COALESCE(?, sha256), finished_at = ? WHERE id = ?")) {
                update.setString(1, status);
                update.setString(2, sha256);
                update.setObject(3, OffsetDateTime.now());
                update.setLong(4, datasetId);
                update.executeUpdate();
            }
            return null;
        });
    }
}
