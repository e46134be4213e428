package org.trajectorystudio.model.export.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A hidden working file of an export (spill or not-yet-renamed output) that its writer holds an OS lock on while it
 * lives. A killed export cannot delete its files, but the OS drops its locks: the next export in the same folder
 * finds files of that name pattern nobody locks and deletes them (a killed export left 60–142 MB spills that nothing
 * removed). Files another running export holds stay.
 */
final class OwnedTempFile {
    private OwnedTempFile() {}

    /** Creates a private (owner-only) file in {@code folder}, locked by the returned channel (open for writing). */
    static FileChannel create(Path folder, String prefix, String suffix, Path[] created) throws IOException {
        return create(folder, prefix, suffix, created, false);
    }

    /**
     * @param shared the file becomes an output the user shares: created with the mode the user's umask gives new
     *     files (a temporary file is owner-only, and a rename keeps its mode), so exported files are not 0600
     */
    static FileChannel create(Path folder, String prefix, String suffix, Path[] created, boolean shared) throws IOException {
        sweep(folder, prefix, suffix);
        Path path = shared ? createWithUmask(folder, prefix, suffix) : Files.createTempFile(folder, prefix, suffix);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
        try {
            channel.lock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
        created[0] = path;
        return channel;
    }

    private static Path createWithUmask(Path folder, String prefix, String suffix) throws IOException {
        java.util.random.RandomGenerator random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            try {
                return Files.createFile(folder.resolve(prefix + Long.toUnsignedString(random.nextLong()) + suffix));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    /** Deletes files {@code prefix*suffix} that no live export holds. */
    static void sweep(Path folder, String prefix, String suffix) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob(prefix) + "*" + glob(suffix))) {
            for (Path file : files) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    deleteIfAbandoned(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unlistable folder: the export itself will say what is wrong with it
        }
    }

    private static void deleteIfAbandoned(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.deleteIfExists(file);
                lock.release();
            }
        } catch (OverlappingFileLockException inThisProcess) {
            // another export of this JVM is writing it
        } catch (IOException e) {
            // not ours to remove
        }
    }

    private static String glob(String text) {
        return text.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
