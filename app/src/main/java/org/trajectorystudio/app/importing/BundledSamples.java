package org.trajectorystudio.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The sample datasets shipped in the jar ({@code assets/samples}), copied out so that they can be imported. */
public final class BundledSamples {
    public static final List<String> FILES = List.of("has_decision.jsonl", "fas_planning.jsonl", "fas_reasoning.jsonl", "trajectories.jsonl");

    private BundledSamples() {}

    /** Copies the bundled files into {@code folder} (kept, so the datasets' source paths stay readable). */
    public static List<Path> extractTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = BundledSamples.class.getResourceAsStream("/assets/samples/" + name)) {
                if (in == null) {
                    throw new IOException("bundled sample file " + name + " is missing from the build");
                }
                Path target = folder.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                files.add(target);
            }
        }
        return files;
    }
}
