package org.trajectorystudio.model.export.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported files are the user's to share: they get the mode the user's umask gives any new file (0644 under the usual
 * 022), not the owner-only mode of a temporary file (a rename keeps the temporary file's 0600). Spill files stay private.
 */
class ExportFileModeTest {
    @TempDir
    Path dir;

    /** What the umask gives a file this process creates: Java cannot read the umask, so a new file tells it. */
    private Set<PosixFilePermission> umaskMode() throws Exception {
        return Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
    }

    @Test
    void aCommittedFileHasTheModeTheUmaskGives() throws Exception {
        Path out = dir.resolve("set.jsonl");
        try (AtomicFile file = new AtomicFile(out)) {
            file.write("{}\n".getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(umaskMode());
    }

    @Test
    void aSpillFileStaysOwnerOnly() throws Exception {
        Path[] created = new Path[1];
        try (var channel = OwnedTempFile.create(dir, ".export-", ".spill", created)) {
            assertThat(Files.getPosixFilePermissions(created[0]))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }
}
