package org.trajectorystudio.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Flushes to the device what the OS still holds in its cache, so that a power loss or an OS crash cannot take back
 * what the studio reported done: a file's bytes before it is renamed into place, and the folder after the rename
 * (the rename itself lives in the folder's entry).
 */
public final class Fsync {
    private Fsync() {}

    public static void file(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** The folder's entries (a rename or a new file). Not every OS can open a folder (Windows): there it is a no-op. */
    public static void folder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
