package org.trajectorystudio.inference.export;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real Qwen3 tokenizer files and the transformers.js references in the project's shared data, read in place. */
public final class Qwen3Files {
    private Qwen3Files() {}

    public static Path tokenizerJson() {
        return shared("qwen3/tokenizer.json");
    }

    public static Path tokenizerConfig() {
        return shared("qwen3/tokenizer_config.json");
    }

    /** A file under {@code shared/data}, found by walking up from the working directory. */
    public static Path shared(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
