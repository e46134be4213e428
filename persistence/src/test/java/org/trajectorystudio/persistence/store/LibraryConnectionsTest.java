package org.trajectorystudio.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool a library opens keeps its database open from the start: a password probe closed before the pool had a
 * connection of its own closed the database (H2 closes it with its last session, compacting it) and the pool then
 * opened it again.
 */
class LibraryConnectionsTest {
    @TempDir
    Path dir;

    private boolean databaseOpen() {
        return Files.exists(dir.resolve(Database.NAME + ".lock.db")); // H2's file lock, there while the database is open
    }

    @Test
    void theDatabaseStaysOpenFromThePasswordCheckOn() throws Exception {
        Database.open(dir).close(); // a library with its schema and secret
        assertThat(databaseOpen()).isFalse();

        JdbcConnectionPool pool = LibraryConnections.pool(dir);
        try {
            assertThat(databaseOpen()).as("open once the pool is made").isTrue();
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                assertThat(statement.executeQuery("SELECT COUNT(*) FROM sample").next()).isTrue();
            }
        } finally {
            pool.dispose();
        }
        assertThat(databaseOpen()).isFalse();
    }
}
