package org.trajectorystudio.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trajectorystudio.persistence.library.Settings;

/** The last files opened, newest first, kept in the library's settings. Call off the FX thread. */
public final class RecentFiles {
    private static final String KEY = "recent.files";
    private static final int KEEP = 8;

    private final Settings settings;

    public RecentFiles(Settings settings) {
        this.settings = settings;
    }

    public List<Path> list() {
        return settings.get(KEY).map(value -> Arrays.stream(value.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList())
                .orElse(List.of());
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath();
        files.remove(absolute);
        files.addFirst(absolute);
        settings.set(KEY, String.join("\n", files.stream().limit(KEEP).map(Path::toString).toList()));
    }
}
