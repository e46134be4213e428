package org.trajectorystudio.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;

/**
 * Issue 15, item 3: what the studio reports done is on the device, not only in the OS's cache. Power loss cannot be
 * staged in a test, so the test watches the system calls instead: the CLI runs in a child JVM under
 * {@code strace -f -y} (which names each descriptor's file), and the test checks that an import flushes bodies.dat
 * and the database file, and that an export flushes each file before the rename that gives it its name. Skipped
 * (with that reason) where strace is not installed.
 */
class DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void importFlushesItsCommitsAndExportFlushesEachFileBeforeItsRename() throws Exception {
        assumeTrue(ChildStudio.available("strace", "-V"), "strace is not installed: system calls cannot be watched here");
        Path library = dir.resolve("library");
        Path trace = dir.resolve("import.strace");
        List<String> strace = List.of("strace", "-f", "-y", "-qq", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2", "-o");
        ChildStudio.Result imported = ChildStudio.run(dir, with(strace, trace), List.of(),
                "--library", library.toString(), "import", SharedData.file("webdancer_sample_traj.jsonl").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        String importCalls = Files.readString(trace);
        assertThat(importCalls).as("bodies flushed before their rows commit").containsPattern("f(data)?sync\\(\\d+</[^>]*/bodies\\.dat>");
        assertThat(importCalls).as("the database file flushed after the commit").containsPattern("f(data)?sync\\(\\d+</[^>]*/library\\.mv\\.db>");

        Path exportTrace = dir.resolve("export.strace");
        Path out = dir.resolve("out").resolve("set.jsonl");
        ChildStudio.Result exported = ChildStudio.run(dir, with(strace, exportTrace), List.of(),
                "--library", library.toString(), "export", "--out", out.toString(), "--format", "chat", "--any-verdict",
                "--validation", "0.2");
        assertThat(exported.exit()).as(exported.err()).isZero();
        String exportCalls = Files.readString(exportTrace);
        for (Path file : List.of(out, out.resolveSibling("set.validation.jsonl"), out.resolveSibling("set.jsonl.manifest.json"))) {
            Matcher rename = Pattern.compile("rename(at2?)?\\([^\"]*\"([^\"]*/\\." + Pattern.quote(file.getFileName().toString())
                    + "[^\"]*\\.tmp)\"[^\"]*\"" + Pattern.quote(file.toString()) + "\"").matcher(exportCalls);
            assertThat(rename.find()).as("renamed into place: " + file).isTrue();
            String temp = rename.group(2);
            int flushed = exportCalls.indexOf("<" + temp + ">");
            assertThat(flushed).as(temp + " flushed before its rename").isBetween(0, rename.start());
            assertThat(exportCalls.substring(exportCalls.lastIndexOf('\n', flushed) + 1, flushed)).contains("fsync(");
        }
    }

    private static List<String> with(List<String> strace, Path output) {
        List<String> command = new java.util.ArrayList<>(strace);
        command.add(output.toString());
        return command;
    }
}
