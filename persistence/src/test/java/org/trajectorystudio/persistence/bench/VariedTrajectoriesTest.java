package org.trajectorystudio.persistence.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's input is the file {@code make_varied.py} writes, byte for byte, from the real WebDancer records. */
class VariedTrajectoriesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSameBytesAsMakeVaried() throws Exception {
        Path source = shared("data/webdancer_sample_traj.jsonl");
        Path script = shared("bench/make_varied.py");
        assumeTrue(python() != null, "python3 is not installed");
        // 9 MB: more than two passes over the 200 records (3.8 MB), so variants 0, 1 and 2 are all compared
        Path fromPython = dir.resolve("python.jsonl");
        Process process = new ProcessBuilder(python(), script.toString(), source.toString(), fromPython.toString(), "9")
                .redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();

        Path fromJava = dir.resolve("java.jsonl");
        long records = VariedTrajectories.write(source, fromJava, 9_000_000L);

        assertThat(records).isEqualTo(Long.parseLong(printed));
        assertThat(records).isGreaterThan(400);
        assertThat(Files.mismatch(fromJava, fromPython)).isEqualTo(-1L);
    }

    @Test
    void escapesAsPythonJsonDumps() {
        StringBuilder out = new StringBuilder();
        PythonJson.string("a\"b\\c\nd\te\u0001f\u007fé中😀", out);
        assertThat(out.toString()).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\u007fé中😀\"");
    }

    private static String python() {
        for (String candidate : new String[] {"python3", "python"}) {
            try {
                Process probe = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor() == 0) {
                    return candidate;
                }
            } catch (java.io.IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    static Path shared(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("shared/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
