package org.trajectorystudio.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * The disk-full classification without a small file system (DiskFullTest in the app does it for real where it can
 * mount one): the OS's ENOSPC message found however deep H2 or Flyway wrap it, even in chains that loop, and the one
 * line a user gets for it.
 */
class DiskFullClassificationTest {
    @TempDir
    Path library;

    @Test
    void findsNoSpaceLeftOnDeviceThroughWrappersAndSuppressedCycles() {
        IOException enospc = new IOException("No space left on device");
        MVStoreException store = new MVStoreException(2, "Writing to nio:/lib/library.mv.db failed; length 4096 at 0");
        store.initCause(enospc);
        SQLException h2 = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing … failed\"", "HY000", 50000, store);
        RuntimeException flyway = new RuntimeException("Unable to obtain connection from database", h2);
        flyway.addSuppressed(h2);
        h2.addSuppressed(flyway); // a cycle, as Flyway and H2 chain them

        assertThat(DiskFull.isDiskFull(flyway)).isTrue();
        assertThat(DiskFull.isDiskFull(new SQLException("Database is already closed", "90121", 90121))).isFalse();
        LibraryException error = DiskFull.or(library, flyway, () -> new LibraryException("other"));
        assertThat(error).isInstanceOf(DiskFull.LibraryDiskFullException.class);
        assertThat(error.getMessage()).matches("no space left on device: " + java.util.regex.Pattern.quote(library.toString())
                + "; free \\d+ MB and retry");
        assertThat(DiskFull.or(library, new IOException("Input/output error"), () -> new LibraryException("other")).getMessage())
                .isEqualTo("other");
    }
}
