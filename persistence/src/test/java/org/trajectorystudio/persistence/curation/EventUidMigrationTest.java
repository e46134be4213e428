package org.trajectorystudio.persistence.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.LibraryConnections;

/** A library written before events had uids gets a distinct uid for each of its events when it is opened. */
class EventUidMigrationTest {
    @TempDir
    Path dir;

    @Test
    void existingEventsGetDistinctUids() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.NAME);
        Flyway.configure().dataSource(url, "studio", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "studio", "");
             Statement statement = connection.createStatement()) {
            for (int i = 0; i < 3; i++) {
                statement.executeUpdate("INSERT INTO curation_event(sample_id, annotator, at_time, type, payload)"
                        + " VALUES ('s', 'old', CURRENT_TIMESTAMP, 'note', '{\"text\":\"n\"}')");
            }
            statement.execute("SHUTDOWN");
        }
        try (Library library = Library.open(dir)) {
            Set<String> uids = new HashSet<>();
            try (Connection connection = LibraryConnections.open(dir)) {
                // The library holds the file open in this JVM; a second connection in the same JVM shares it.
                try (ResultSet rs = connection.createStatement().executeQuery("SELECT uid FROM curation_event")) {
                    while (rs.next()) {
                        uids.add(rs.getString(1));
                    }
                }
            }
            assertThat(uids).hasSize(3).allMatch(uid -> uid.matches("[0-9a-f-]{36}"));
        }
    }
}
