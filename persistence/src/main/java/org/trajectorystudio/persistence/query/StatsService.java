package org.trajectorystudio.persistence.query;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.store.Database;

/** Library-wide counts for the dashboard and {@code --json} outputs. Thread-safe. */
public final class StatsService {
    private final Database database;

    public StatsService(Database database) {
        this.database = database;
    }

    /**
     * One pass over the sample table, grouped by every fact counted (a few hundred groups at most), summed here: each
     * separate GROUP BY read every row again, and the rows carry the question text.
     */
    public LibraryStats stats() {
        return database.read(connection -> {
            Map<SampleKind, Long> byKind = new EnumMap<>(SampleKind.class);
            Map<String, Long> byVerdict = new java.util.HashMap<>();
            Map<Long, Long> byDataset = new java.util.HashMap<>();
            long total = 0;
            long rated = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT kind, verdict, dataset_id, rating > 0, COUNT(*) FROM sample"
                         + " GROUP BY kind, verdict, dataset_id, rating > 0")) {
                while (rs.next()) {
                    long n = rs.getLong(5);
                    byKind.merge(SampleKind.fromWireName(rs.getString(1)), n, Long::sum);
                    String verdict = rs.getString(2);
                    byVerdict.merge(verdict == null || verdict.isEmpty() ? LibraryStats.UNREVIEWED : verdict, n, Long::sum);
                    byDataset.merge(rs.getLong(3), n, Long::sum);
                    total += n;
                    if (rs.getBoolean(4)) {
                        rated += n;
                    }
                }
            }
            Map<Long, Long> shared = new java.util.HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT dataset_id, COUNT(*) FROM dataset_member GROUP BY dataset_id")) {
                while (rs.next()) {
                    shared.put(rs.getLong(1), rs.getLong(2));
                    byDataset.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                }
            }
            return new LibraryStats(total, byKind, byVerdict, byDataset, shared, rated, total - rated);
        });
    }
}
