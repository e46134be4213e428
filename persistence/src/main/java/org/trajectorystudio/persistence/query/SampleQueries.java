package org.trajectorystudio.persistence.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trajectorystudio.model.flags.QualityFlag;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.flags.FlagStore;
import org.trajectorystudio.persistence.search.LazySearchIndex;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.SampleStore;

/**
 * Lists, counts and loads samples. Pages use keyset pagination (the last row's sort value and row key), so a page
 * costs the same at row 10 and at row 900,000, and rows inserted meanwhile cause no gaps or repeats. Thread-safe.
 */
public final class SampleQueries {
    public static final int MAX_PAGE = 10_000;
    private static final String COLUMNS = "s.id, s.kind, s.question, s.steps, s.tool_calls, s.candidates, s.tokens,"
            + " s.judgment, s.rating, s.verdict, s.labels, s.tools_used, s.dataset_id, s.revision, s.seq";

    private final Database database;
    private final LazySearchIndex index;

    public SampleQueries(Database database, LazySearchIndex index) {
        this.database = database;
        this.index = index;
    }

    /** The first page of a query. */
    public SamplePage page(SampleQuery query, int limit) {
        return page(query, null, limit);
    }

    /** The page after {@code after} (null = the first page), at most {@code limit} rows. */
    public SamplePage page(SampleQuery query, PageCursor after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " rows, not " + limit);
        }
        Sort sort = query.sort();
        if (after != null && !after.sort().equals(sort)) {
            throw new IllegalArgumentException("the page cursor belongs to another sort order");
        }
        return database.read(connection -> {
            List<SampleSummary> rows = new ArrayList<>(Math.min(limit, 1024));
            List<Long> seqs = new ArrayList<>(Math.min(limit, 1024));
            PageCursor scanned = after;
            PageCursor lastKept = null;
            // Text matched in many samples is checked per row (a bit set from the index) while the rows are read in
            // the query's order; such a page reads chunks of rows until it is full, growing them as it goes.
            int chunk = limit + 1;
            while (true) {
                QuerySql sql = QuerySql.of(connection, query, index);
                if (sql.empty) {
                    return new SamplePage(List.of(), Optional.empty());
                }
                Chunk read = readChunk(connection, sql, sort, scanned, chunk, rows, seqs, limit);
                if (read.kept() != null) {
                    lastKept = read.kept();
                }
                if (rows.size() > limit) {
                    rows.removeLast();
                    seqs.removeLast();
                    return new SamplePage(withFlags(connection, rows, seqs), Optional.of(lastKept));
                }
                if (read.scanned() < chunk || sql.textFilter == null) {
                    return new SamplePage(withFlags(connection, rows, seqs), Optional.empty());
                }
                scanned = read.last();
                chunk = Math.min(chunk * 4, 100_000);
            }
        });
    }

    /**
     * What one chunk read: how many rows it scanned, the cursor after its last row, and the cursor after the last
     * row it kept before the page was full (the next page's start).
     */
    private record Chunk(int scanned, PageCursor last, PageCursor kept) {}

    private static Chunk readChunk(java.sql.Connection connection, QuerySql sql, Sort sort, PageCursor after, int chunk,
                                   List<SampleSummary> rows, List<Long> seqs, int limit) throws SQLException {
        SortColumn column = sort.column();
        boolean seqOnly = column == SortColumn.IMPORT_ORDER;
        if (after != null) {
            String op = sort.descending() ? "<" : ">";
            if (seqOnly) {
                sql.add(" AND s.seq " + op + " ?", after.seq());
            } else {
                sql.add(" AND " + column.sql + " " + op + "= ?", after.value());
                sql.add(" AND (" + column.sql + " " + op + " ?", after.value());
                sql.add(" OR s.seq " + op + " ?)", after.seq());
            }
        }
        String direction = sort.descending() ? " DESC" : "";
        // Import order follows an index: the driving key's (key, seq), or that of columns fixed by equality
        // filters (they change nothing in the order), so that H2 walks it and stops after a page.
        String order = seqOnly
                ? " ORDER BY " + String.join(direction + ", ", sql.importOrderColumns()) + direction
                : " ORDER BY " + column.sql + direction + ", s.seq" + direction;
        String select = "SELECT " + COLUMNS + (seqOnly ? "" : ", " + column.sql)
                + sql.from() + sql.where() + order + " LIMIT " + chunk;
        int scanned = 0;
        PageCursor last = null;
        PageCursor kept = null;
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            sql.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    scanned++;
                    long seq = rs.getLong(15);
                    last = new PageCursor(sort, seqOnly ? null : rs.getObject(16), seq);
                    if (sql.textFilter != null && !sql.textFilter.contains(seq)) {
                        continue;
                    }
                    if (rows.size() < limit) {
                        kept = last;
                    }
                    rows.add(summary(rs));
                    seqs.add(seq);
                    if (rows.size() > limit) {
                        break;
                    }
                }
            }
        }
        return new Chunk(scanned, last, kept);
    }

    /** How many samples the query matches (sort ignored). */
    public long count(SampleQuery query) {
        return database.read(connection -> {
            QuerySql sql = QuerySql.forCount(connection, query, index);
            if (sql.empty) {
                return 0L;
            }
            if (sql.textFilter != null && sql.where().isEmpty() && sql.joins.isEmpty()) {
                return (long) sql.textFilter.size();
            }
            String select = sql.textFilter == null ? "SELECT COUNT(*)" : "SELECT s.seq";
            try (PreparedStatement statement = connection.prepareStatement(select + sql.from() + sql.where())) {
                sql.bind(statement);
                try (ResultSet rs = statement.executeQuery()) {
                    if (sql.textFilter == null) {
                        rs.next();
                        return rs.getLong(1);
                    }
                    long matched = 0;
                    while (rs.next()) {
                        if (sql.textFilter.contains(rs.getLong(1))) {
                            matched++;
                        }
                    }
                    return matched;
                }
            }
        });
    }

    /** The summary row of one sample. */
    public Optional<SampleSummary> summary(String id) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM sample s WHERE s.id = ?")) {
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(withFlags(connection, List.of(summary(rs)), List.of(rs.getLong(15))).getFirst())
                            : Optional.empty();
                }
            }
        });
    }

    /** The rows with their stored flags, read in one query for the page. */
    private static List<SampleSummary> withFlags(Connection connection, List<SampleSummary> rows, List<Long> seqs)
            throws SQLException {
        Map<Long, List<QualityFlag>> flags = FlagStore.of(connection, seqs);
        if (flags.isEmpty()) {
            return rows;
        }
        List<SampleSummary> flagged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<QualityFlag> stored = flags.get(seqs.get(i));
            flagged.add(stored == null ? rows.get(i) : rows.get(i).withFlags(stored));
        }
        return flagged;
    }

    /** The full sample, latest revision. */
    public Optional<Sample> load(String id) {
        return database.read(connection -> SampleStore.loadLatest(database, connection, id));
    }

    /** One revision of a sample; 0 is the imported original, which is never overwritten. */
    public Optional<Sample> loadRevision(String id, int revision) {
        return database.read(connection -> SampleStore.loadRevision(database, connection, id, revision));
    }

    private static SampleSummary summary(ResultSet rs) throws SQLException {
        int rating = rs.getInt(9);
        String verdict = rs.getString(10);
        return new SampleSummary(
                rs.getString(1),
                SampleKind.fromWireName(rs.getString(2)),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7),
                Judgment.fromWireName(rs.getString(8)),
                rating == 0 ? null : rating,
                verdict.isEmpty() ? null : Verdict.fromWireName(verdict),
                list(rs.getString(11)),
                list(rs.getString(12)),
                rs.getLong(13),
                rs.getInt(14),
                List.of());
    }

    private static List<String> list(String commaList) {
        if (commaList == null || commaList.length() < 2) {
            return List.of();
        }
        return Arrays.asList(commaList.substring(1, commaList.length() - 1).split(","));
    }
}
