package org.trajectorystudio.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only when the schema history holds every migration on the class path. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void listsTheBundledSqlAndJavaMigrations() {
        assertThat(Migrations.bundled()).contains("1", "2", "3", "20", "30", "70");
    }

    @Test
    void aMigratedLibraryIsUpToDateAndOneMissingAMigrationIsNot() {
        try (Database database = Database.open(dir)) {
            assertThat((boolean) database.read(Migrations::allApplied)).isTrue();
            database.inTransaction(connection -> connection.createStatement()
                    .executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '70'"));
            assertThat((boolean) database.read(Migrations::allApplied)).isFalse();
        }
        try (Database reopened = Database.open(dir)) {
            // Flyway ran again and re-applied V70 (it is idempotent: DROP … IF EXISTS)
            assertThat((boolean) reopened.read(Migrations::allApplied)).isTrue();
        }
    }
}
