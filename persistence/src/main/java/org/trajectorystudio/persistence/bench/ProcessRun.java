package org.trajectorystudio.persistence.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * One contender run as a fresh process: its whole-process wall time (start, JIT, work, exit), the CPU seconds it
 * and its children used (Linux: the reaped children's user + system time of this process, from /proc/self/stat;
 * NaN elsewhere), and what it printed on stdout.
 */
record ProcessRun(double seconds, double cpuSeconds, String stdout) {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux build that matters

    static ProcessRun of(List<String> command, Map<String, String> environment, Path workDir) {
        try {
            Path out = Files.createTempFile(workDir, "stdout-", ".txt");
            Path err = Files.createTempFile(workDir, "stderr-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            double cpuBefore = childrenCpuSeconds();
            long started = System.nanoTime();
            Process process = builder.start();
            int status = process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = childrenCpuSeconds() - cpuBefore;
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            if (status != 0) {
                throw new LibraryException("benchmark contender failed (exit " + status + "): "
                        + String.join(" ", command) + (stderr.isEmpty() ? "" : ": " + stderr.lines().reduce((a, b) -> b).orElse("")));
            }
            return new ProcessRun(seconds, cpu, stdout);
        } catch (IOException e) {
            throw new LibraryException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("benchmark interrupted", e);
        }
    }

    /** cutime + cstime of this process: CPU of children it has waited for. */
    static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at indexes 13 and 14
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
