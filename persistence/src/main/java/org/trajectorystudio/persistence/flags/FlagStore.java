package org.trajectorystudio.persistence.flags;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.QualityFlag;
import org.trajectorystudio.model.flags.QualityFlags;
import org.trajectorystudio.model.sample.Sample;

/** Row-level reads and writes of {@code sample_flag}, shared by the indexer, revisions and queries. */
public final class FlagStore {
    private static final int REASON_LIMIT = 2000;

    private FlagStore() {}

    /** Replaces a sample's stored flags by those of this (latest) revision, in the caller's transaction. */
    public static void replace(Connection connection, long seq, Sample latest) throws SQLException {
        FlagIndexer.lockWatermark(connection); // waits for a batch of the indexer that is writing flags now
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sample_flag WHERE sample_seq = ?")) {
            delete.setLong(1, seq);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = insert(connection)) {
            if (add(insert, seq, QualityFlags.of(latest)) > 0) {
                insert.executeBatch();
            }
        }
    }

    static PreparedStatement insert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO sample_flag(flag, sample_seq, step, score, reason) VALUES (?, ?, ?, ?, ?)");
    }

    /** Batches the rows of these flags; returns how many. */
    static int add(PreparedStatement insert, long seq, List<QualityFlag> flags) throws SQLException {
        for (QualityFlag flag : flags) {
            insert.setString(1, flag.kind().wireName());
            insert.setLong(2, seq);
            insert.setInt(3, flag.step());
            insert.setDouble(4, flag.score());
            String reason = flag.reason();
            insert.setString(5, reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT - 1) + "…" : reason);
            insert.addBatch();
        }
        return flags.size();
    }

    /** The stored flags of these samples (by row key), in flag-kind order; samples without flags are absent. */
    public static Map<Long, List<QualityFlag>> of(Connection connection, List<Long> seqs) throws SQLException {
        Map<Long, List<QualityFlag>> flags = new HashMap<>();
        if (seqs.isEmpty()) {
            return flags;
        }
        Array array = connection.createArrayOf("BIGINT", seqs.toArray());
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sample_seq, flag, step, score, reason FROM sample_flag WHERE sample_seq = ANY(?)")) {
            select.setArray(1, array);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    FlagKind kind = FlagKind.fromWireName(rs.getString(2)).orElse(null);
                    if (kind != null) {
                        flags.computeIfAbsent(rs.getLong(1), seq -> new ArrayList<>())
                                .add(new QualityFlag(kind, rs.getInt(3), rs.getDouble(4), rs.getString(5)));
                    }
                }
            }
        }
        flags.values().forEach(list -> list.sort(java.util.Comparator.comparing(QualityFlag::kind)));
        return flags;
    }
}
