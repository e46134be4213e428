package org.trajectorystudio.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new library made from the schema snapshot is the library Flyway's migrations make, schema history included. When a
 * migration is added this fails; {@code mvn -pl persistence test -Dtest=NewLibrarySchemaTest
 * -Dstudio.writeSchemaSnapshot=true} writes the snapshot again from a Flyway-migrated library.
 */
class NewLibrarySchemaTest {
    private static final Path SNAPSHOT = Path.of("src/main/resources", NewLibrarySchema.RESOURCE);

    @TempDir
    Path dir;

    /** H2's script of the database: statements, without the user (each library has its own secret) and comments. */
    private static List<String> script(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!line.startsWith("CREATE USER") && !line.startsWith("--")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The script with what differs between two runs of the same migrations (when, and how long each took) masked. */
    private static List<String> comparable(List<String> script) {
        return script.stream()
                .map(line -> line.replaceAll("TIMESTAMP '[^']*', -?[0-9]+, (TRUE|FALSE)\\)", "TIMESTAMP 'when', 0, $1)"))
                .toList();
    }

    /** The script of a new library whose schema Flyway's migrations made. */
    private List<String> flywayScript() throws Exception {
        JdbcConnectionPool pool = LibraryConnections.pool(Files.createDirectories(dir.resolve("flyway")));
        try {
            Database.migrate(pool);
            try (Connection connection = pool.getConnection()) {
                return script(connection);
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aLibraryFromTheSnapshotIsTheLibraryTheMigrationsMake() throws Exception {
        List<String> flyway = flywayScript();
        if (Boolean.getBoolean("studio.writeSchemaSnapshot")) {
            Files.writeString(SNAPSHOT, String.join("\n", flyway) + "\n", StandardCharsets.UTF_8); // each ends with its ";"
        }
        assertThat(flyway).as("the migrations made a schema history").anyMatch(line -> line.contains("flyway_schema_history"));
        try (Database database = Database.open(dir.resolve("snapshot"))) {
            List<String> snapshot = database.read(NewLibrarySchemaTest::script);
            assertThat(comparable(snapshot))
                    .as("the snapshot is out of date: rerun this test with -Dstudio.writeSchemaSnapshot=true")
                    .containsExactlyElementsOf(comparable(flyway));
            // Made from the snapshot, not by Flyway: its history carries the snapshot's own install times.
            String history = snapshot.stream().filter(line -> line.startsWith("INSERT INTO \"PUBLIC\".\"flyway_schema_history\""))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(SNAPSHOT)).contains(history);
        }
    }

    @Test
    void onlyAnEmptyDatabaseGetsTheSnapshot() throws Exception {
        try (Database database = Database.open(dir.resolve("lib"))) {
            boolean again = database.read(NewLibrarySchema::createIfEmpty);
            assertThat(again).isFalse();
        }
    }
}
