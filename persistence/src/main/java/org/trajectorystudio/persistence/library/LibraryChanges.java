package org.trajectorystudio.persistence.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.persistence.store.Database;

/**
 * A cheap way for an open window to notice what another process (a CLI beside it) wrote to the same library: the
 * newest curation event and the newest sample, both primary-key maxima (an index lookup each), polled in the
 * background; and the samples whose curation changed since a marker.
 */
public final class LibraryChanges {
    /** Where the library stood: the newest event id and the newest sample seq (0 when none). */
    public record Marker(long event, long sample) {}

    private final Database database;

    LibraryChanges(Database database) {
        this.database = database;
    }

    public Marker now() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT (SELECT COALESCE(MAX(id), 0) FROM curation_event), (SELECT COALESCE(MAX(seq), 0) FROM sample)");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Marker(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    /** Ids of the samples with curation events after {@code event}, at most {@code limit} of them. */
    public List<String> curatedSince(long event, int limit) {
        return database.read(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT DISTINCT sample_id FROM curation_event WHERE id > ? LIMIT ?")) {
                statement.setLong(1, event);
                statement.setInt(2, limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }
}
