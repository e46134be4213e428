package org.trajectorystudio.persistence.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.trajectorystudio.persistence.export.JsonlToParquet;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * Imports the generated react-chatml trajectories once as JSONL and once in another container (a pretty-printed JSON
 * array, or Parquet written by DuckDB), each into a fresh library in the same run, with the heap peak of each: the
 * container's cost shows against the JSONL path it shares everything else with, and {@code -Xmx256m} shows that
 * neither container is held in memory.
 */
public final class ContainerImportBenchmark {
    /** @param container {@code array} or {@code parquet} */
    public record Options(long sizeMb, String container, long seed) {}

    /**
     * @param containerMB size of the container file; {@code jsonlMB} of the JSONL it holds
     * @param samples samples imported from the container (the JSONL import must import as many)
     */
    public record Result(String container, double containerMB, double jsonlMB, long samples, double containerSeconds,
            double jsonlSeconds, double containerHeapPeakMB, double jsonlHeapPeakMB, double heapMaxMB) {
        public double containerMBps() {
            return jsonlMB / containerSeconds;
        }

        public double jsonlMBps() {
            return jsonlMB / jsonlSeconds;
        }
    }

    private ContainerImportBenchmark() {}

    public static Result run(Options options) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("studio-bench-container-");
            Path jsonl = dir.resolve("bench.jsonl");
            new SyntheticTrajectories(options.seed()).write(jsonl, options.sizeMb() * 1_000_000L,
                    SyntheticTrajectories.Format.REACT_CHATML);
            Path container = switch (options.container()) {
                case "array" -> toArray(jsonl, dir.resolve("bench.json"));
                case "parquet" -> {
                    Path parquet = dir.resolve("bench.parquet");
                    JsonlToParquet.convert(jsonl, parquet);
                    yield parquet;
                }
                default -> throw new IllegalArgumentException("--container is array or parquet, not " + options.container());
            };
            Timed fromContainer = importOnce(container, dir.resolve("library-container"));
            Timed fromJsonl = importOnce(jsonl, dir.resolve("library-jsonl"));
            if (fromContainer.result().imported() != fromJsonl.result().imported()) {
                throw new LibraryException("the " + options.container() + " import read " + fromContainer.result().imported()
                        + " samples, the JSONL one " + fromJsonl.result().imported());
            }
            return new Result(options.container(), Files.size(container) / 1e6, Files.size(jsonl) / 1e6,
                    fromContainer.result().imported(), fromContainer.result().seconds(), fromJsonl.result().seconds(),
                    fromContainer.heapPeakMB(), fromJsonl.heapPeakMB(), Runtime.getRuntime().maxMemory() / 1e6);
        } catch (IOException e) {
            throw new LibraryException("benchmark failed: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private record Timed(ImportResult result, double heapPeakMB) {}

    private static Timed importOnce(Path file, Path libraryDir) {
        System.gc();
        HeapWatch heap = HeapWatch.start();
        ImportResult result;
        try (Library library = Library.open(libraryDir)) {
            result = library.importFile(file, ImportOptions.defaults(), ProgressListener.NONE, new CancelToken());
        }
        double peak = heap.stopMB();
        if (result.imported() == 0) {
            throw new LibraryException("the benchmark imported nothing from " + file.getFileName() + " ("
                    + (result.rejected().isEmpty() ? "-" : result.rejected().getFirst().reason()) + ")");
        }
        return new Timed(result, peak);
    }

    /** The JSONL's records as one pretty-printed JSON array, streamed line by line. */
    private static Path toArray(Path jsonl, Path array) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(array), 1 << 20)) {
            out.write("[\n".getBytes(StandardCharsets.UTF_8));
            boolean first = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                out.write(((first ? "  " : ",\n  ") + line).getBytes(StandardCharsets.UTF_8));
                first = false;
            }
            out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
        }
        return array;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }
}
