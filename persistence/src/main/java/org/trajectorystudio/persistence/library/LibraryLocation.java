package org.trajectorystudio.persistence.library;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the library lives: {@code --library DIR}, else {@code TRAJECTORY_STUDIO_LIBRARY}, else
 * {@code ~/.trajectory-studio/library} with {@code ~} the {@code HOME} environment variable where it is set (else
 * Java's {@code user.home}).
 */
public final class LibraryLocation {
    public static final String ENV = "TRAJECTORY_STUDIO_LIBRARY";

    private LibraryLocation() {}

    /** @param option the {@code --library} value, or null when it was not given */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        // Java's user.home comes from the password file; a user (or a test, or a container) who set HOME means it.
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : userHome, ".trajectory-studio", "library");
    }
}
