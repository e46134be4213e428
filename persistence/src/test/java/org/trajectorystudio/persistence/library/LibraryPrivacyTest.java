package org.trajectorystudio.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.LibraryConnections;

/** Issue 15, item 10: a library is private (0700/0600), H2 has a real password, and closing leaves no trace behind. */
class LibraryPrivacyTest {
    @TempDir
    Path dir;

    @Test
    void filesAreOwnerOnlyAndTheDatabaseNeedsTheLibrarysSecret() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes only");
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.importFile(TestFiles.write(dir.resolve("a.jsonl"), TestFiles.synthetic(20, 1)));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lib))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(lib)) {
            List<Path> all = files.toList();
            assertThat(all).extracting(p -> p.getFileName().toString())
                    .contains("library.mv.db", "bodies.dat", LibraryConnections.SECRET);
            // The folders below it too (the search index is one): 0700, and every file in them 0600.
            for (Path path : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
        String url = "jdbc:h2:file:" + lib.resolve(Database.NAME);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "studio", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
    }

    /** A library made with H2's empty password (every library before this change) opens and gets its secret. */
    @Test
    void anOldLibraryWithTheEmptyPasswordStillOpens() throws Exception {
        Path lib = dir.resolve("old");
        String url = "jdbc:h2:file:" + lib.toAbsolutePath().resolve(Database.NAME);
        Flyway.configure().dataSource(url, "studio", "").locations("classpath:db/migration").target("30").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "studio", ""); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        try (Library library = Library.open(lib)) {
            library.importFile(TestFiles.write(dir.resolve("a.jsonl"), TestFiles.synthetic(3, 1)));
        }
        try (Library library = Library.open(lib)) {
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(3);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "studio", "").close()).isInstanceOf(SQLException.class);
    }

    /** Every CLI command opens and closes the library: the close must not append a stack trace to H2's trace file. */
    @Test
    void openingAndClosingLeavesNoTraceFile() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.importFile(TestFiles.write(dir.resolve("a.jsonl"), TestFiles.synthetic(5, 1)));
        }
        for (int i = 0; i < 5; i++) {
            try (Library library = Library.open(lib)) {
                library.samples().count(SampleQuery.all());
            }
        }
        Path trace = lib.resolve(Database.NAME + ".trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").isEmpty();
    }
}
