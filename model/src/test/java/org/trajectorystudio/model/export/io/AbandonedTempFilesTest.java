package org.trajectorystudio.model.export.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 6: a killed export left its hidden {@code .export-*.spill} (and unrenamed {@code .FILE*.tmp}) in the
 * output folder for good. A killed process leaves exactly such a file with no lock on it; the next export removes it,
 * and leaves alone the files of an export still running (it holds their locks), and anything else in the folder.
 */
class AbandonedTempFilesTest {
    @TempDir
    Path dir;

    @Test
    void theNextExportRemovesWhatAKilledOneLeftAndKeepsWhatALiveOneHolds() throws Exception {
        Path killedSpill = Files.write(dir.resolve(".export-4711.spill"), new byte[1 << 20]);
        Path killedOutput = Files.writeString(dir.resolve(".set.jsonl8150.tmp"), "half a file");
        Path someoneElses = Files.writeString(dir.resolve(".other.tmp"), "not ours");
        Path userFile = Files.writeString(dir.resolve("export-notes.spill"), "not hidden: not ours");
        try (SpillFile running = new SpillFile(dir); AtomicFile runningOutput = new AtomicFile(dir.resolve("set.jsonl"))) {
            running.append("live".getBytes(StandardCharsets.UTF_8));
            runningOutput.write("live".getBytes(StandardCharsets.UTF_8));
            assertThat(killedSpill).doesNotExist();
            assertThat(killedOutput).doesNotExist();
            try (SpillFile second = new SpillFile(dir); AtomicFile secondOutput = new AtomicFile(dir.resolve("set.jsonl"))) {
                // the running export's files are still there and readable
                assertThat(new String(running.read(0, 4), StandardCharsets.UTF_8)).isEqualTo("live");
                try (var files = Files.list(dir)) {
                    assertThat(files.filter(f -> f.getFileName().toString().endsWith(".spill")
                            && f.getFileName().toString().startsWith(".export-"))).hasSize(2);
                }
                secondOutput.write("second".getBytes(StandardCharsets.UTF_8));
                secondOutput.commit();
            }
            runningOutput.commit();
        }
        assertThat(someoneElses).exists();
        assertThat(userFile).exists();
        assertThat(Files.readString(dir.resolve("set.jsonl"))).isEqualTo("live");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(".other.tmp", "export-notes.spill", "set.jsonl");
        }
    }
}
