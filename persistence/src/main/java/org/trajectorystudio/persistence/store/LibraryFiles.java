package org.trajectorystudio.persistence.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A library folder is private like an SSH key's: the folder 0700, its files 0600 (curation notes, source texts and
 * the database secret are nobody else's). Where the file system has no POSIX modes (Windows) nothing is changed: the
 * user's profile folder is private there already.
 */
final class LibraryFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private LibraryFiles() {}

    /**
     * Makes the folder and every folder below it 0700 and every file 0600 (H2 and Lucene create theirs with the
     * process's umask; the search index is a folder of its own).
     */
    static void restrict(Path dir) throws IOException {
        if (!POSIX) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, FOLDER);
                } else if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, FILE);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // a file removed while we walk (Lucene merges): the caller says why
        }
    }

    /** Creates an empty file readable by its owner only, replacing a stale one. */
    static Path createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)) : Files.createFile(file);
    }
}
