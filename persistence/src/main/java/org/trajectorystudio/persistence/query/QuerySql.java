package org.trajectorystudio.persistence.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trajectorystudio.persistence.search.LazySearchIndex;
import org.trajectorystudio.persistence.search.SeqSet;

/**
 * Turns a {@link SampleQuery} into joins and a WHERE clause with parameters, shaped for H2's planner (measured on a
 * million rows): filters that are usually selective (labels, annotator) are joins that drive
 * the query from their own primary key; full-text matches come from the Lucene index, as a key list when few and
 * checked per row by the caller when many; a single kind, dataset or verdict is an equality whose {@code (column, seq)} index gives import
 * order without sorting ({@link #orderPrefix}).
 */
final class QuerySql {
    /** A label or tool in more samples than this is checked per row rather than used to drive the query. */
    private static final long DRIVING_TERM_LIMIT = 1_000;
    /** Text matched in at most this many samples is a list of row keys in the SQL; more are checked per row. */
    private static final int TEXT_IN_SQL_LIMIT = 5_000;
    /** A token range matching at most this many samples is read from the tokens index and sorted. */
    private static final long NARROW_RANGE_LIMIT = 20_000;

    final StringBuilder joins = new StringBuilder();
    final List<Object> joinParams = new ArrayList<>();
    private final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();
    /** Columns fixed by equality filters whose index orders by (columns…, seq); empty when there is none. */
    List<String> orderPrefix = List.of();
    /** The driving key table's (key, sample_seq) columns when a key filter drives an import-order page. */
    private List<String> drivingOrder = List.of();
    private int joinCount;
    /** True when a search word occurs in no indexed sample: nothing can match. */
    boolean empty;
    /** The text search's matches when they are too many for the SQL: the caller checks each row against them. */
    SeqSet textFilter;

    /** True for a count: every match is visited anyway, so key tables always drive (no per-row checks). */
    private final boolean forCount;
    /** An index hint for the sample table (H2's {@code USE INDEX}), or empty to let the planner choose. */
    private String hint = "";

    private QuerySql(boolean forCount) {
        this.forCount = forCount;
    }

    /** The SQL pieces of a page of the query. */
    static QuerySql of(Connection connection, SampleQuery query, LazySearchIndex index) throws SQLException {
        QuerySql sql = new QuerySql(false);
        sql.build(connection, query, index);
        return sql;
    }

    /** The SQL pieces of counting the query's matches. */
    static QuerySql forCount(Connection connection, SampleQuery query, LazySearchIndex index) throws SQLException {
        QuerySql sql = new QuerySql(true);
        sql.build(connection, query, index);
        return sql;
    }

    private void build(Connection connection, SampleQuery q, LazySearchIndex index) throws SQLException {
        if (q.datasetId() != null) {
            dataset(connection, q.datasetId());
        }
        in("s.kind", q.kinds().stream().map(k -> k.wireName()).toList());
        in("s.judgment", q.judgments().stream().map(j -> j.wireName()).toList());
        in("s.verdict", q.verdicts().stream().map(v -> v.wireName()).toList());
        if (q.reviewed() != null) {
            where.append(q.reviewed() ? " AND s.verdict <> ''" : " AND s.verdict = ''");
        }
        if (q.rated() != null) {
            where.append(q.rated() ? " AND s.rating > 0" : " AND s.rating = 0");
        }
        if (q.minRating() != null) {
            add(" AND s.rating >= ?", Math.max(1, q.minRating()));
        }
        if (q.maxRating() != null) {
            add(" AND s.rating BETWEEN 1 AND ?", q.maxRating());
        }
        for (String label : q.labels()) {
            keyed(connection, "sample_label", "label", label.strip());
        }
        for (String tool : q.tools()) {
            keyed(connection, "sample_tool", "tool", tool.strip());
        }
        if (q.minTokens() != null) {
            add(" AND s.tokens >= ?", q.minTokens());
        }
        if (q.maxTokens() != null) {
            add(" AND s.tokens <= ?", q.maxTokens());
        }
        if (q.annotator() != null) {
            join("sample_annotator", "annotator", q.annotator());
        }
        if (q.ids() != null) {
            if (q.ids().isEmpty()) {
                empty = true;
                return;
            }
            // One array parameter whatever the number of ids; H2 looks each up in the sample_id index.
            add(" AND s.id = ANY(?)", q.ids().toArray(new String[0]));
        }
        if (q.text() != null) {
            text(index, q.text());
        }
        if (q.flagged() != null) {
            List<Object> flagParams = new ArrayList<>();
            where.append(q.flagged().sql(flagParams));
            params.addAll(flagParams);
        }
        placeKeys(q);
        orderPrefix = orderPrefix(q);
        if (!forCount && q.sort().column() == SortColumn.IMPORT_ORDER && orderPrefix.isEmpty() && joins.isEmpty()
                && (q.minTokens() != null || q.maxTokens() != null)) {
            tokenRangeHint(connection, q);
        }
    }

    /**
     * A token range on an import-order page: H2 plans a prepared statement without its values, and it walked the
     * whole table for a range nothing matched, or sorted a wide range's every row. Decided here with the values: a
     * narrow range (few matches) is read from the tokens index and sorted; a wide one is checked per row while walking
     * the rows in import order, where a page is found after a few pages' worth of rows.
     */
    private void tokenRangeHint(Connection connection, SampleQuery q) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM sample"
                + " WHERE tokens BETWEEN ? AND ? LIMIT " + (NARROW_RANGE_LIMIT + 1) + ")")) {
            count.setInt(1, q.minTokens() == null ? Integer.MIN_VALUE : q.minTokens());
            count.setInt(2, q.maxTokens() == null ? Integer.MAX_VALUE : q.maxTokens());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                hint = rs.getLong(1) <= NARROW_RANGE_LIMIT ? " USE INDEX (sample_tokens)" : " USE INDEX ()";
            }
        }
    }

    /**
     * The equality-fixed columns that lead an index ending in seq (V1/V2 indexes), the most selective first: ordering
     * by them (they change nothing) lets H2 walk that index in import order and stop after a page.
     */
    private List<String> orderPrefix(SampleQuery q) {
        if (q.datasetId() != null && datasetByOwner) {
            return List.of("s.dataset_id");
        }
        boolean oneKind = q.kinds().size() == 1;
        boolean unrated = Boolean.FALSE.equals(q.rated());
        if (oneKind && unrated) {
            return List.of("s.kind", "s.rating");
        }
        if (q.verdicts().size() == 1 || Boolean.FALSE.equals(q.reviewed()) && q.verdicts().isEmpty()) {
            return List.of("s.verdict");
        }
        if (oneKind) {
            return List.of("s.kind");
        }
        if (q.judgments().size() == 1) {
            return List.of("s.judgment");
        }
        if (unrated) {
            return List.of("s.rating");
        }
        return List.of();
    }

    /** True when a dataset filter is the owner column alone (the dataset shares no sample with an earlier one). */
    private boolean datasetByOwner;

    /**
     * The samples of a dataset's file: those it brought into the library (the owner column) and those an earlier
     * dataset had brought (its dataset_member rows). Most datasets have no members: an equality on the owner, whose
     * (dataset_id, seq) index gives import order. A dataset of members only (a second form of a file) is a key
     * filter on its members; a mix checks each row against both.
     */
    private void dataset(Connection connection, long datasetId) throws SQLException {
        if (holders(connection, "dataset_member", "dataset_id", datasetId) == 0) {
            datasetByOwner = true;
            add(" AND s.dataset_id = ?", datasetId);
            return;
        }
        boolean ownsSome;
        try (PreparedStatement own = connection.prepareStatement("SELECT 1 FROM sample WHERE dataset_id = ? LIMIT 1")) {
            own.setLong(1, datasetId);
            try (ResultSet rs = own.executeQuery()) {
                ownsSome = rs.next();
            }
        }
        if (!ownsSome) {
            keyed(connection, "dataset_member", "dataset_id", datasetId);
            return;
        }
        where.append(" AND (s.dataset_id = ? OR EXISTS (SELECT 1 FROM dataset_member m WHERE m.dataset_id = ?"
                + " AND m.sample_seq = s.seq))");
        params.add(datasetId);
        params.add(datasetId);
    }

    /** A (key, sample_seq) filter (label, tool, search term) and how many samples hold the key, up to a bound. */
    private record Key(String table, String column, Object value, long holders) {}

    private final List<Key> keys = new ArrayList<>();

    private void keyed(Connection connection, String table, String keyColumn, Object key) throws SQLException {
        long holders = holders(connection, table, keyColumn, key);
        if (holders == 0) {
            empty = true;
        }
        keys.add(new Key(table, keyColumn, key, holders));
    }

    /**
     * Places the key filters, the rarest first. An import-order page is driven by the rarest key's primary key
     * (key, sample_seq), which lists its samples in import order: H2 stops after a page whatever the key's frequency.
     * Further keys are primary-key lookups per row (a join; tools: a LIKE on the row, cheaper still). A count joins
     * every key. Other sorts join a rare key (few rows to sort) and check a common one per row on the sort index.
     */
    private void placeKeys(SampleQuery q) {
        keys.sort(Comparator.comparingLong(Key::holders));
        boolean importOrder = q.sort().column() == SortColumn.IMPORT_ORDER;
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            boolean tool = key.table().equals("sample_tool");
            if (i == 0 && importOrder && !forCount) {
                String alias = join(key.table(), key.column(), key.value());
                drivingOrder = List.of(alias + "." + key.column(), alias + ".sample_seq");
            } else if (forCount || (importOrder && !tool) || key.holders() <= DRIVING_TERM_LIMIT) {
                join(key.table(), key.column(), key.value());
            } else if (tool) {
                add(" AND s.tools_used LIKE ? ESCAPE '\\'", "%," + escapeLike((String) key.value()) + ",%");
            } else {
                add(" AND EXISTS (SELECT 1 FROM " + key.table() + " k WHERE k." + key.column() + " = ? AND k.sample_seq = s.seq)",
                        key.value());
            }
        }
    }

    /** The columns an import-order page sorts by: the driving key's, else the fixed columns' index, then seq. */
    List<String> importOrderColumns() {
        if (!drivingOrder.isEmpty()) {
            return drivingOrder;
        }
        List<String> columns = new ArrayList<>(orderPrefix);
        columns.add("s.seq");
        return columns;
    }

    /** Every word of the text, from the full-text index: few matches become a key list, many a per-row check. */
    private void text(LazySearchIndex index, String text) {
        SeqSet matches = index.get().matches(text);
        if (matches == null) {
            return; // no words (only stop words or punctuation): the text filters nothing
        }
        if (matches.size() == 0) {
            empty = true;
        } else if (matches.size() <= TEXT_IN_SQL_LIMIT) {
            add(" AND s.seq = ANY(?)", matches.boxed());
        } else {
            textFilter = matches;
        }
    }

    /** How many samples a (key, sample_seq) table holds for a key, counted up to one past the driving limit. */
    private static long holders(Connection connection, String table, String keyColumn, Object key) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM " + table
                + " WHERE " + keyColumn + " = ? LIMIT " + (DRIVING_TERM_LIMIT + 1) + ")")) {
            count.setObject(1, key);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Joins a (key, sample_seq) table on one key: one row per sample at most, as the pair is its primary key. */
    private String join(String table, String keyColumn, Object key) {
        String alias = "j" + joinCount++;
        joins.append(" JOIN ").append(table).append(' ').append(alias).append(" ON ").append(alias)
                .append(".sample_seq = s.seq AND ").append(alias).append('.').append(keyColumn).append(" = ?");
        joinParams.add(key);
        return alias;
    }

    private void in(String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            add(" AND " + column + " = ?", values.getFirst());
            return;
        }
        where.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            where.append(i == 0 ? "?" : ", ?");
            params.add(values.get(i));
        }
        where.append(')');
    }

    void add(String clause, Object param) {
        where.append(clause);
        params.add(param);
    }

    /** The WHERE clause, or nothing when no filter applies (H2 counts a whole table from its row count then). */
    String where() {
        return where.isEmpty() ? "" : " WHERE" + where.substring(" AND".length());
    }

    /** The FROM clause: the sample table and the joins. */
    String from() {
        return " FROM sample s" + hint + joins;
    }

    void bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object param : joinParams) {
            statement.setObject(index++, param);
        }
        for (Object param : params) {
            statement.setObject(index++, param);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
