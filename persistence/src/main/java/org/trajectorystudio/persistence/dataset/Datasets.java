package org.trajectorystudio.persistence.dataset;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trajectorystudio.persistence.importing.LineIssue;
import org.trajectorystudio.persistence.store.Database;

/** The imported datasets and the lines each rejected or warned about. Thread-safe. */
public final class Datasets {
    private static final String COLUMNS = "id, source_path, size_bytes, sha256, format, status, started_at, finished_at,"
            + " imported, duplicates, rejected, warnings";

    private final Database database;

    public Datasets(Database database) {
        this.database = database;
    }

    /** Every dataset, oldest first. */
    public List<DatasetInfo> list() {
        return database.read(connection -> {
            List<DatasetInfo> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM dataset ORDER BY id");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    all.add(info(rs));
                }
            }
            return all;
        });
    }

    public Optional<DatasetInfo> get(long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM dataset WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(info(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The lines the dataset's latest run rejected, in line order. */
    public List<LineIssue> rejected(long datasetId) {
        return issues(datasetId, "R");
    }

    /** The lines the dataset's latest run imported with repairs, in line order. */
    public List<LineIssue> warnings(long datasetId) {
        return issues(datasetId, "W");
    }

    private List<LineIssue> issues(long datasetId, String severity) {
        return database.read(connection -> {
            List<LineIssue> issues = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT line, reason FROM dataset_issue WHERE dataset_id = ? AND severity = ? ORDER BY line")) {
                select.setLong(1, datasetId);
                select.setString(2, severity);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        issues.add(new LineIssue(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            return issues;
        });
    }

    private static DatasetInfo info(ResultSet rs) throws SQLException {
        OffsetDateTime started = rs.getObject(7, OffsetDateTime.class);
        OffsetDateTime finished = rs.getObject(8, OffsetDateTime.class);
        return new DatasetInfo(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), started.toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12));
    }
}
