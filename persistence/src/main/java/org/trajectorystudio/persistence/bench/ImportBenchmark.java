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
import java.util.stream.Stream;
import org.trajectorystudio.persistence.importing.CancelToken;
import org.trajectorystudio.persistence.importing.ImportListener;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * {@code bench import}: generates a trajectory JSONL file of the asked size, imports it into a fresh library, then
 * loads the same file into a DuckDB database file with {@code CREATE TABLE t AS SELECT * FROM read_json(…)}, and
 * compares the throughputs. Run it with the heap the budget names ({@code -Xmx256m}).
 */
public final class ImportBenchmark {
    /**
     * @param format {@code react-chatml} (the budget's case) or {@code studio}
     * @param workDir where the file and both databases go; deleted afterwards unless {@code keep}
     * @param rounds rounds to run; each side reports its median
     * @param settleMillis the pause before each contender (see {@link #settle}); tests use 0
     */
    public record Options(long sizeMb, String format, Path workDir, boolean keep, long seed, int rounds, long settleMillis) {
        public Options {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1");
            }
        }

        public static Options of(long sizeMb, int rounds) {
            return new Options(sizeMb, "react-chatml", null, false, 42, rounds, 3_000);
        }
    }

    private ImportBenchmark() {}

    /**
     * Runs {@code rounds} rounds on one generated file. Each round imports into a fresh library and loads a fresh DuckDB
     * file; the order alternates (DuckDB first in odd rounds) so that neither contender always runs in the other's wake
     * (page-cache writeback, a JIT still compiling). Both sides report their median round: single runs of either vary by
     * 10–30 % on a shared machine.
     */
    public static BenchResult run(Options options) {
        Path dir = null;
        try {
            dir = options.workDir() != null ? Files.createDirectories(options.workDir())
                    : Files.createTempDirectory("studio-bench-");
            SyntheticTrajectories.Format format = switch (options.format()) {
                case "react-chatml" -> SyntheticTrajectories.Format.REACT_CHATML;
                case "studio" -> SyntheticTrajectories.Format.STUDIO;
                default -> throw new IllegalArgumentException("bench format is react-chatml or studio, not " + options.format());
            };
            Path file = dir.resolve("bench-" + options.format() + ".jsonl");
            long samples = new SyntheticTrajectories(options.seed()).write(file, options.sizeMb() * 1_000_000L, format);
            double mb = Files.size(file) / 1e6;
            readThrough(file); // both contenders start from a warm page cache

            List<BenchResult.Round> rounds = new ArrayList<>();
            long imported = 0;
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
            return BenchResult.of(options.format(), mb, samples, imported, rounds, heapPeak, Runtime.getRuntime().maxMemory() / 1e6);
        } catch (IOException e) {
            throw new LibraryException("benchmark failed: " + e.getMessage(), e);
        } finally {
            if (dir != null && !options.keep()) {
                delete(dir);
            }
        }
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
            result = library.importFile(file, ImportOptions.format(format), ImportListener.NONE, new CancelToken());
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

    /** {@code java -Xmx256m … ImportBenchmark [sizeMb] [react-chatml|studio] [workDir]}, three rounds: prints one JSON object. */
    public static void main(String[] args) {
        try {
            long size = args.length > 0 ? Long.parseLong(args[0]) : 100;
            String format = args.length > 1 ? args[1] : "react-chatml";
            Path work = args.length > 2 ? Path.of(args[2]) : null;
            System.out.println(run(new Options(size, format, work, false, 42, 3, 3_000)).toJson());
        } catch (RuntimeException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        }
    }
}
