package org.trajectorystudio.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on input files, each failing with one clear line. */
public final class SampleFiles {
    private SampleFiles() {}

    public static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new UserError(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new UserError(file + ": not readable");
        }
    }
}
