package org.trajectorystudio.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.io.IoMessages;
import org.trajectorystudio.persistence.store.BodyFile;

/**
 * Issue 15, item 6: an unusable library folder said "cannot open …/bodies.dat: …/bodies.dat" (the JDK's exception
 * message is just the path). It now says why.
 */
class UnusableLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aBodyFileThatCannotBeOpenedSaysWhy() throws Exception {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib.resolve(BodyFile.NAME)); // a folder where the body file belongs
        assertThatThrownBy(() -> Library.open(lib).close()).isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("cannot open " + lib.resolve(BodyFile.NAME).toAbsolutePath() + ": ")
                .hasMessageEndingWith("Is a directory");
    }

    @Test
    void aFolderWithoutWritePermissionSaysPermissionDenied() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("readonly"));
        Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(lib), "running as root: permissions do not stop writes here (the reason text is checked below)");
            assertThatThrownBy(() -> Library.open(lib).close()).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theReasonOfAnAccessDeniedExceptionIsNamed() {
        assertThat(IoMessages.reason(new AccessDeniedException("/lib/bodies.dat"))).isEqualTo("permission denied");
        assertThat(IoMessages.reason(new java.nio.file.FileSystemException("/lib/bodies.dat", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
    }
}
