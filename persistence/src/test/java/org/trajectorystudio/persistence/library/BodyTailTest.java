package org.trajectorystudio.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.store.LibraryConnections;

/**
 * Bytes a killed import appended to bodies.dat without committing their rows are cut when the library next opens
 * alone, at the end the datasets recorded with their rows; a library from before that record gets it by migration.
 */
class BodyTailTest {
    @TempDir
    Path dir;

    private static final byte[] TAIL = new byte[8192];

    @Test
    void anUncommittedTailIsCutOnOpenAndTheNextImportAppendsAfterTheCommittedBodies() throws Exception {
        Path library = dir.resolve("lib");
        List<Sample> first = TestFiles.synthetic(40, 1);
        List<Sample> second = TestFiles.synthetic(30, 2);
        try (Library lib = Library.open(library)) {
            lib.importFile(TestFiles.write(dir.resolve("a.jsonl"), first));
        }
        Path bodies = library.resolve("bodies.dat");
        long committed = Files.size(bodies);
        Files.write(bodies, TAIL, StandardOpenOption.APPEND);

        try (Library lib = Library.open(library)) {
            assertThat(Files.size(bodies)).isEqualTo(committed);
            lib.importFile(TestFiles.write(dir.resolve("b.jsonl"), second));
            assertEveryBodyLoads(lib, 70);
        }
    }

    @Test
    void aLibraryFromBeforeTheRecordedEndGetsItFromItsRowsAndStillCutsTheTail() throws Exception {
        Path library = dir.resolve("old");
        try (Library lib = Library.open(library)) {
            lib.importFile(TestFiles.write(dir.resolve("a.jsonl"), TestFiles.synthetic(25, 3)));
        }
        // As a build before migration 90 left it: no bodies_end column, no history row for it.
        try (Connection connection = LibraryConnections.open(library); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE dataset DROP COLUMN bodies_end");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '90'");
        }
        Path bodies = library.resolve("bodies.dat");
        long committed = Files.size(bodies);
        Files.write(bodies, TAIL, StandardOpenOption.APPEND);

        try (Library lib = Library.open(library)) {
            assertThat(Files.size(bodies)).isEqualTo(committed);
            assertEveryBodyLoads(lib, 25);
        }
    }

    private static void assertEveryBodyLoads(Library lib, int expected) {
        var rows = lib.samples().page(SampleQuery.all(), 1000).rows();
        assertThat(rows).hasSize(expected);
        rows.forEach(row -> assertThat(lib.samples().load(row.id())).isPresent());
    }
}
