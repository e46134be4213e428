package org.trajectorystudio.persistence.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.store.Database;

/** Library-wide counts for the dashboard and {@code --json} outputs. Thread-safe. */
public final class StatsService {
    private final Database database;

    public StatsService(Database database) {
        this.database = database;
    }

    public LibraryStats stats() {
        return database.read(connection -> {
            Map<SampleKind, Long> byKind = new EnumMap<>(SampleKind.class);
            grouped(connection, "kind", (key, n) -> byKind.put(SampleKind.fromWireName(key), n));
            Map<String, Long> byVerdict = new LinkedHashMap<>();
            grouped(connection, "verdict", (key, n) -> byVerdict.put(key.isEmpty() ? LibraryStats.UNREVIEWED : key, n));
            Map<Long, Long> byDataset = new LinkedHashMap<>();
            grouped(connection, "dataset_id", (key, n) -> byDataset.put(Long.parseLong(key), n));
            long total = byKind.values().stream().mapToLong(Long::longValue).sum();
            long rated;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM sample WHERE rating > 0")) {
                rs.next();
                rated = rs.getLong(1);
            }
            return new LibraryStats(total, byKind, byVerdict, byDataset, rated, total - rated);
        });
    }

    private interface Sink {
        void accept(String key, long count);
    }

    private static void grouped(Connection connection, String column, Sink sink) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT " + column + ", COUNT(*) FROM sample GROUP BY " + column + " ORDER BY " + column)) {
            while (rs.next()) {
                sink.accept(rs.getString(1), rs.getLong(2));
            }
        }
    }
}
