package org.trajectorystudio.model.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The reason of an I/O failure in words. The JDK's file-system exceptions often carry only the path as their message
 * ({@code AccessDeniedException: /lib/bodies.dat}), so "cannot open /lib/bodies.dat: /lib/bodies.dat" said nothing:
 * this names the reason instead (permission denied, no such file, the OS's own reason).
 */
public final class IoMessages {
    private IoMessages() {}

    public static String reason(IOException e) {
        String why = switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file or folder";
            case NotDirectoryException notFolder -> "not a folder";
            case FileAlreadyExistsException exists -> "already exists";
            case DirectoryNotEmptyException notEmpty -> "folder not empty";
            case FileSystemException fs when fs.getReason() != null -> fs.getReason();
            default -> e.getMessage();
        };
        if (e instanceof FileSystemException fs && fs.getReason() != null && !why.equals(fs.getReason())) {
            why = why + " (" + fs.getReason() + ")";
        }
        return why == null || why.isBlank() ? e.getClass().getSimpleName() : firstLine(why);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
