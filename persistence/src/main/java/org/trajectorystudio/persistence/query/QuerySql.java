package org.trajectorystudio.persistence.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trajectorystudio.persistence.search.Terms;

/**
 * Turns a {@link SampleQuery} into joins and a WHERE clause with parameters, shaped for H2's planner (measured on a
 * million rows): filters that are usually selective (labels, annotator, the rarest search term) are joins that drive
 * the query from their own primary key; common search terms are checked per row ({@code EXISTS}) while the sort
 * index is walked; a single kind, dataset or verdict is an equality whose {@code (column, seq)} index gives import
 * order without sorting ({@link #orderPrefix}).
 */
final class QuerySql {
    /** A search term in more samples than this is checked per row rather than used to drive the query. */
    private static final long DRIVING_TERM_LIMIT = 20_000;

    final StringBuilder joins = new StringBuilder();
    final List<Object> joinParams = new ArrayList<>();
    final StringBuilder where = new StringBuilder(" WHERE 1=1");
    final List<Object> params = new ArrayList<>();
    /** A column fixed by an equality filter whose index orders by (column, seq); null when there is none. */
    String orderPrefix;
    private int joinCount;
    /** True when a search word occurs in no indexed sample: nothing can match. */
    boolean empty;

    static QuerySql of(Connection connection, SampleQuery query) throws SQLException {
        QuerySql sql = new QuerySql();
        sql.build(connection, query);
        return sql;
    }

    private void build(Connection connection, SampleQuery q) throws SQLException {
        if (q.datasetId() != null) {
            add(" AND s.dataset_id = ?", q.datasetId());
            orderPrefix = "s.dataset_id";
        }
        in("s.kind", q.kinds().stream().map(k -> k.wireName()).toList(), true);
        in("s.judgment", q.judgments().stream().map(j -> j.wireName()).toList(), false);
        in("s.verdict", q.verdicts().stream().map(v -> v.wireName()).toList(), true);
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
            join("sample_label", "label", label.strip());
        }
        for (String tool : q.tools()) {
            add(" AND s.tools_used LIKE ? ESCAPE '\\'", "%," + escapeLike(tool.strip()) + ",%");
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
            text(connection, q.text());
        }
    }

    private void text(Connection connection, String text) throws SQLException {
        record Term(long hash, long df) {}
        List<Term> terms = new ArrayList<>();
        try (PreparedStatement df = connection.prepareStatement("SELECT df FROM search_df WHERE term = ?")) {
            for (long hash : Terms.ofQuery(text)) {
                df.setLong(1, hash);
                try (ResultSet rs = df.executeQuery()) {
                    long count = rs.next() ? rs.getLong(1) : 0;
                    if (count == 0) {
                        empty = true;
                        return;
                    }
                    terms.add(new Term(hash, count));
                }
            }
        }
        terms.sort(Comparator.comparingLong(Term::df));
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (i == 0 && term.df() <= DRIVING_TERM_LIMIT) {
                join("search_term", "term", term.hash());
            } else {
                add(" AND EXISTS (SELECT 1 FROM search_term t WHERE t.term = ? AND t.sample_seq = s.seq)", term.hash());
            }
        }
    }

    /** Joins a (key, sample_seq) table on one key: one row per sample at most, as the pair is its primary key. */
    private void join(String table, String keyColumn, Object key) {
        String alias = "j" + joinCount++;
        joins.append(" JOIN ").append(table).append(' ').append(alias).append(" ON ").append(alias)
                .append(".sample_seq = s.seq AND ").append(alias).append('.').append(keyColumn).append(" = ?");
        joinParams.add(key);
    }

    private void in(String column, List<String> values, boolean indexed) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            add(" AND " + column + " = ?", values.getFirst());
            if (indexed && orderPrefix == null) {
                orderPrefix = column;
            }
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

    /** The FROM clause: the sample table and the joins. */
    String from() {
        return " FROM sample s" + joins;
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
