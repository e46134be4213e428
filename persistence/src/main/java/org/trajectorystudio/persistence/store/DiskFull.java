package org.trajectorystudio.persistence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * Recognises a full disk behind any library failure (an {@code IOException} of the body file, H2's wrapped "No space
 * left on device", a Flyway failure caused by one) and says it in one line a user can act on:
 * {@code no space left on device: LIBRARY; free N MB and retry}. N is what the library asks to have free to go on:
 * at least {@value #MIN_FREE_MB} MB, or a tenth of the library's size when that is more.
 */
public final class DiskFull {
    static final long MIN_FREE_MB = 64;

    private DiskFull() {}

    /** The disk-full error for {@code failure} when it is one, else the other error. */
    public static LibraryException or(Path library, Throwable failure, Supplier<LibraryException> otherwise) {
        return isDiskFull(failure) ? new LibraryDiskFullException(message(library), failure) : otherwise.get();
    }

    /** The one-line failure for a library whose disk is full. */
    static LibraryDiskFullException exception(Path library, Throwable failure) {
        return new LibraryDiskFullException(message(library), failure);
    }

    /** True when the failure or one of its causes is the OS's ENOSPC (or the disk quota). */
    public static boolean isDiskFull(Throwable failure) {
        return isDiskFull(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /** Walks causes and suppressed exceptions once each (H2 and Flyway chain them in cycles). */
    private static boolean isDiskFull(Throwable failure, java.util.Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        String message = failure.getMessage();
        if (message != null) {
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")
                    || lower.contains("there is not enough space on the disk")) {
                return true;
            }
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isDiskFull(suppressed, seen)) {
                return true;
            }
        }
        return isDiskFull(failure.getCause(), seen);
    }

    static String message(Path library) {
        return "no space left on device: " + library.toAbsolutePath() + "; free " + neededMb(library) + " MB and retry";
    }

    private static long neededMb(Path library) {
        long size = 0;
        try (var files = Files.list(library)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                size += Files.isRegularFile(file) ? Files.size(file) : 0;
            }
        } catch (IOException | RuntimeException e) {
            // the folder cannot be listed: ask for the minimum
        }
        return Math.max(MIN_FREE_MB, (size / 10) >> 20);
    }

    /** A library failure that is a full disk; the database must be closed without further writes. */
    public static final class LibraryDiskFullException extends LibraryException {
        LibraryDiskFullException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
