package org.trajectorystudio.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    @Test
    void optionBeatsEnvironmentBeatsHome() {
        Map<String, String> env = Map.of(LibraryLocation.ENV, "/env/lib");
        assertThat(LibraryLocation.resolve("/opt/lib", env, "/home/u")).isEqualTo(Path.of("/opt/lib"));
        assertThat(LibraryLocation.resolve(null, env, "/home/u")).isEqualTo(Path.of("/env/lib"));
        assertThat(LibraryLocation.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.trajectory-studio/library"));
    }

    @Test
    void homeFromTheEnvironmentBeatsTheUserHomeOfThePasswordFile() {
        assertThat(LibraryLocation.resolve(null, Map.of("HOME", "/tmp/i12-home"), "/root"))
                .isEqualTo(Path.of("/tmp/i12-home/.trajectory-studio/library"));
        assertThat(LibraryLocation.resolve(null, Map.of("HOME", ""), "/root")).isEqualTo(Path.of("/root/.trajectory-studio/library"));
    }
}
