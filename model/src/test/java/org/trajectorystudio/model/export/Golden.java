package org.trajectorystudio.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: the output must equal them byte for byte. Run with
 * {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
public final class Golden {
    private static final Path FOLDER = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String name, byte[] actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
        }
        assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", golden).exists();
        assertThat(new String(actual, StandardCharsets.UTF_8)).as("output against golden file %s", name)
                .isEqualTo(Files.readString(golden));
        assertThat(actual).as("bytes against golden file %s", name).isEqualTo(Files.readAllBytes(golden));
    }
}
