package org.trajectorystudio.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared real-data folder ({@code shared/data}, a sibling of the repository checkout). */
public final class SharedData {
    private SharedData() {}

    /** The named file, found by walking up from the working directory; fails the test when it cannot be found. */
    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
