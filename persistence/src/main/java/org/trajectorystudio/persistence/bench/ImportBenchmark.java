package org.trajectorystudio.persistence.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryException;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench import}: writes the input (from the real WebDancer records exactly as {@code make_varied.py} does, see
 * {@link VariedTrajectories}), then measures the studio against DuckDB's {@code CREATE TABLE t AS SELECT * FROM
 * read_json(…)} on that file. The headline is the <em>cold</em> ratio: each contender as a fresh process, the studio
 * as {@code ./studio import} runs (its own JVM at {@code -Xmx256m}, JIT and start included), DuckDB in a fresh JVM
 * of its own, timed from outside as whole processes, with their CPU seconds beside. Warm rounds (both in this
 * process, JIT-compiled after the first) follow when asked and are shown beside the cold figure, never instead.
 */
public final class ImportBenchmark {
    /** The heap the budget names. */
    public static final String HEAP = "-Xmx256m";

    /**
     * @param format {@code react-chatml} (the budget's case) or {@code studio}
     * @param workDir where the file and both databases go; deleted afterwards unless {@code keep}
     * @param rounds warm rounds to run in this process (0: none); each side reports its median
     * @param settleMillis the pause before each contender (see {@link #settle}); tests use 0
     * @param source the WebDancer records the react-chatml input is made from (null: generated synthetic records)
     * @param studioCommand the command line that runs the studio's CLI in a fresh JVM at {@link #HEAP} (the
     *        subcommand and its arguments are appended), with the environment it needs; null: no cold run
     */
    public record Options(long sizeMb, String format, Path workDir, boolean keep, long seed, int rounds, long settleMillis,
                          Path source, StudioCommand studioCommand) {
        public Options {
            if (rounds < 0 || rounds == 0 && studioCommand == null) {
                throw new IllegalArgumentException("a benchmark needs a cold run or at least one round");
            }
        }

        public static Options of(long sizeMb, int rounds, Path source, StudioCommand studioCommand) {
            return new Options(sizeMb, "react-chatml", null, false, 42, rounds, 3_000, source, studioCommand);
        }
    }

    /** How to start the studio's CLI as its own process. */
    public record StudioCommand(List<String> prefix, Map<String, String> environment) {
        public StudioCommand {
            prefix = List.copyOf(prefix);
            environment = Map.copyOf(environment);
        }
    }

    private ImportBenchmark() {}

    /**
     * The cold run first (studio then DuckDB, each a fresh process on a warm page cache), then {@code rounds} warm
     * rounds, each into a fresh library and a fresh DuckDB file, alternating who goes first (DuckDB in odd rounds) so
     * that neither always runs in the other's wake (page-cache writeback, a JIT still compiling).
     */
    public static BenchResult run(Options options) {
        Path dir = null;
        try {
            dir = options.workDir() != null ? Files.createDirectories(options.workDir())
                    : Files.createTempDirectory("studio-bench-");
            Path file = dir.resolve("bench-" + options.format() + ".jsonl");
            long samples = writeInput(options, file);
            double mb = Files.size(file) / 1e6;
            // Both contenders start from a warm, clean page cache: without the flush the generated gigabyte was
            // written back to disk during the studio's cold run (the first contender), not DuckDB's.
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            readThrough(file);

            BenchResult.Cold cold = options.studioCommand() == null ? null : cold(options, file, dir, mb);
            List<BenchResult.Round> rounds = new ArrayList<>();
            long imported = cold == null ? 0 : cold.imported();
            double heapPeak = 0;
            for (int round = 1; round <= options.rounds(); round++) {
                Path roundDir = Files.createDirectories(dir.resolve("round-" + round));
                boolean peerFirst = round % 2 == 1;
                double peerSeconds = peerFirst ? settledDuckDb(file, roundDir.resolve("peer.duckdb"), options.settleMillis()) : 0;
                StudioRun studio = studio(file, options.format(), roundDir.resolve("library"), options.settleMillis());
                if (!peerFirst) {
                    peerSeconds = settledDuckDb(file, roundDir.resolve("peer.duckdb"), options.settleMillis());
                }
                imported = studio.result().imported();
                heapPeak = Math.max(heapPeak, studio.heapPeakMB());
                rounds.add(new BenchResult.Round(round, peerFirst, studio.result().seconds(), mb / studio.result().seconds(),
                        peerSeconds, mb / peerSeconds, studio.heapPeakMB()));
                if (!options.keep()) {
                    delete(roundDir);
                }
            }
            return BenchResult.of(options.format(), mb, samples, imported, cold, rounds, heapPeak,
                    Runtime.getRuntime().maxMemory() / 1e6);
        } catch (IOException e) {
            throw new LibraryException("benchmark failed: " + e.getMessage(), e);
        } finally {
            if (dir != null && !options.keep()) {
                delete(dir);
            }
        }
    }

    private static long writeInput(Options options, Path file) throws IOException {
        long bytes = options.sizeMb() * 1_000_000L;
        if (options.source() != null && options.format().equals("react-chatml")) {
            return VariedTrajectories.write(options.source(), file, bytes);
        }
        SyntheticTrajectories.Format format = switch (options.format()) {
            case "react-chatml" -> SyntheticTrajectories.Format.REACT_CHATML;
            case "studio" -> SyntheticTrajectories.Format.STUDIO;
            default -> throw new IllegalArgumentException("bench format is react-chatml or studio, not " + options.format());
        };
        return new SyntheticTrajectories(options.seed()).write(file, bytes, format);
    }

    /** The studio as {@code ./studio import} runs, then DuckDB in a fresh JVM, both timed as whole processes. */
    private static BenchResult.Cold cold(Options options, Path file, Path dir, double mb) throws IOException {
        Path coldDir = Files.createDirectories(dir.resolve("cold"));
        settle(options.settleMillis());
        List<String> studio = new ArrayList<>(options.studioCommand().prefix());
        studio.addAll(List.of("import", file.toAbsolutePath().toString(), "--format", options.format(),
                "--library", coldDir.resolve("library").toAbsolutePath().toString(), "--json"));
        ProcessRun studioRun = ProcessRun.of(studio, options.studioCommand().environment(), coldDir);
        JsonNode report = Json.MAPPER.readTree(studioRun.stdout());
        settle(options.settleMillis());
        List<String> duck = List.of(ProcessHandle.current().info().command().orElse("java"), HEAP,
                "-cp", System.getProperty("java.class.path"), DuckDbLoad.class.getName(),
                file.toAbsolutePath().toString(), coldDir.resolve("peer.duckdb").toAbsolutePath().toString());
        ProcessRun duckRun = ProcessRun.of(duck, Map.of(), coldDir);
        if (!options.keep()) {
            delete(coldDir);
        }
        return new BenchResult.Cold(studioRun.seconds(), studioRun.cpuSeconds(), report.path("seconds").asDouble(),
                report.path("imported").asLong(), duckRun.seconds(), duckRun.cpuSeconds(),
                Double.parseDouble(duckRun.stdout().strip()), mb);
    }

    private record StudioRun(ImportResult result, double heapPeakMB) {}

    private static double settledDuckDb(Path file, Path database, long settleMillis) {
        settle(settleMillis);
        return duckDb(file, database);
    }

    /**
     * Lets the machine go quiet before a contender starts, so that neither starts while what ran before (generating
     * the file, the other contender) still keeps a collector or the JIT compiler busy.
     */
    private static void settle(long millis) {
        System.gc();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static StudioRun studio(Path file, String format, Path libraryDir, long settleMillis) {
        settle(settleMillis);
        ImportResult result;
        HeapWatch heap = HeapWatch.start();
        try (Library library = Library.open(libraryDir)) {
            result = library.importFile(file, ImportOptions.format(format), ProgressListener.NONE, new CancelToken());
        }
        double heapPeak = heap.stopMB();
        if (result.imported() == 0) {
            throw new LibraryException("the benchmark imported nothing (" + result.rejectedCount()
                    + " lines rejected; first: " + (result.rejected().isEmpty() ? "-" : result.rejected().getFirst().reason()) + ")");
        }
        return new StudioRun(result, heapPeak);
    }

    /** Seconds DuckDB takes to load the file into a table of a database file. */
    static double duckDb(Path file, Path database) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("CREATE TABLE t AS SELECT * FROM read_json('" + file.toAbsolutePath().toString().replace("'", "''") + "')");
            statement.execute("CHECKPOINT");
            return (System.nanoTime() - started) / 1e9;
        } catch (SQLException e) {
            throw new LibraryException("DuckDB could not load the file: " + e.getMessage(), e);
        }
    }

    private static void readThrough(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            while (in.read(buffer) >= 0) {
                // just reading
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    /** {@code java -Xmx256m … ImportBenchmark [sizeMb] [react-chatml|studio] [workDir]}, three warm rounds: prints one JSON object. */
    public static void main(String[] args) {
        try {
            long size = args.length > 0 ? Long.parseLong(args[0]) : 100;
            String format = args.length > 1 ? args[1] : "react-chatml";
            Path work = args.length > 2 ? Path.of(args[2]) : null;
            System.out.println(run(new Options(size, format, work, false, 42, 3, 3_000, null, null)).toJson());
        } catch (RuntimeException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        }
    }
}
