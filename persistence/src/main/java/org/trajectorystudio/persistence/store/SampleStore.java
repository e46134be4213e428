package org.trajectorystudio.persistence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;

/** Row-level reads of the sample table shared by the services. */
public final class SampleStore {
    private SampleStore() {}

    /** The row key of a sample id; throws a {@link LibraryException} naming the id when there is none. */
    public static long seqOf(Connection connection, String sampleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq FROM sample WHERE id = ?")) {
            select.setString(1, sampleId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new LibraryException("no sample with id " + sampleId);
                }
                return rs.getLong(1);
            }
        }
    }

    public static int revisionOf(Connection connection, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT revision FROM sample WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The sample's latest revision number, its row locked until the transaction ends (the next number is ours). */
    public static int lockRevision(Connection connection, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT revision FROM sample WHERE seq = ? FOR UPDATE")) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The latest revision of a sample (the imported original when it was never edited). */
    public static Optional<Sample> loadLatest(Database database, Connection connection, String sampleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT s.body_offset, s.body_length, r.body FROM sample s LEFT JOIN sample_revision r"
                        + " ON r.sample_seq = s.seq AND r.revision = s.revision WHERE s.id = ?")) {
            select.setString(1, sampleId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] revised = rs.getBytes(3);
                byte[] body = revised != null ? revised : database.bodies().read(rs.getLong(1), rs.getInt(2));
                return Optional.of(BodyCodec.decode(sampleId, body));
            }
        }
    }

    /** One revision of a sample: 0 is the imported original. */
    public static Optional<Sample> loadRevision(Database database, Connection connection, String sampleId, int revision)
            throws SQLException {
        if (revision == 0) {
            try (PreparedStatement select = connection.prepareStatement("SELECT body_offset, body_length FROM sample WHERE id = ?")) {
                select.setString(1, sampleId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next()
                            ? Optional.of(BodyCodec.decode(sampleId, database.bodies().read(rs.getLong(1), rs.getInt(2))))
                            : Optional.empty();
                }
            }
        }
        String sql = "SELECT r.body FROM sample s JOIN sample_revision r ON r.sample_seq = s.seq WHERE s.id = ? AND r.revision = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, sampleId);
            select.setInt(2, revision);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(BodyCodec.decode(sampleId, rs.getBytes(1))) : Optional.empty();
            }
        }
    }
}
