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
 * Turns a {@link SampleQuery} into a WHERE clause with parameters. Set-valued filters that are usually selective
 * (labels, annotator, the rarest search term) drive the query through their own index ({@code seq IN (…)}); common
 * search terms are checked per row ({@code EXISTS}) while the sort index is walked, so neither case scans the whole
 * table for one page.
 */
final class QuerySql {
    /** A search term in more samples than this is checked per row rather than used to drive the query. */
    private static final long DRIVING_TERM_LIMIT = 20_000;

    final StringBuilder where = new StringBuilder(" WHERE 1=1");
    final List<Object> params = new ArrayList<>();
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
            add(" AND s.seq IN (SELECT sample_seq FROM sample_label WHERE label = ?)", label.strip());
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
            add(" AND s.seq IN (SELECT sample_seq FROM sample_annotator WHERE annotator = ?)", q.annotator());
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
                add(" AND s.seq IN (SELECT sample_seq FROM search_term WHERE term = ?)", term.hash());
            } else {
                add(" AND EXISTS (SELECT 1 FROM search_term t WHERE t.term = ? AND t.sample_seq = s.seq)", term.hash());
            }
        }
    }

    private void in(String column, List<String> values) {
        if (values.isEmpty()) {
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

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
