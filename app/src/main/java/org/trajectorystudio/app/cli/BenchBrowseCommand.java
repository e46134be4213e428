package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trajectorystudio.persistence.bench.BrowseBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "browse", mixinStandardHelpOptions = true,
        description = "Build a library of N samples, then time opening it with its first page and the p95 of filtered first pages.")
public final class BenchBrowseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1000000", description = "Samples in the library (default ${DEFAULT-VALUE}).")
    long samples;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (samples < 100) {
            throw new UserError("--samples must be at least 100");
        }
        Path work = Files.createTempDirectory("studio-bench-browse");
        try {
            BrowseBenchmark.Result result = OpenLibrary.userErrors(() -> BrowseBenchmark.run(samples, work));
            print(spec.commandLine().getOut(), result);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return ExitCode.OK;
    }

    private void print(PrintWriter out, BrowseBenchmark.Result result) {
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("samples", result.samples());
            node.put("buildSeconds", result.buildSeconds());
            node.put("openMillis", result.openMillis());
            node.put("firstPageMillis", result.firstPageMillis());
            node.put("worstP95Millis", result.worstP95Millis());
            node.put("indexSeconds", result.indexSeconds());
            node.put("indexedSamplesPerSecond", result.samplesPerSecond());
            ObjectNode queries = node.putObject("queryP95Millis");
            result.queryP95Millis().forEach(queries::put);
            ObjectNode counts = node.putObject("countP95Millis");
            result.countP95Millis().forEach(counts::put);
            JsonOut.print(out, node);
            return;
        }
        out.printf(Locale.ROOT, "%,d samples (built in %.0f s)%n", result.samples(), result.buildSeconds());
        out.printf(Locale.ROOT, "  open + first page of %d rows + total  %.1f ms (budget 1000 ms; open alone %.1f ms)%n",
                BrowseBenchmark.PAGE, result.firstPageMillis(), result.openMillis());
        if (result.indexSeconds() > 0) {
            out.printf(Locale.ROOT, "  search index caught up in %.1f s (%,.0f samples/s)%n", result.indexSeconds(), result.samplesPerSecond());
        }
        out.printf(Locale.ROOT, "  p95 (budget 50 ms for the first page; the total follows it):%n");
        out.printf(Locale.ROOT, "    %-22s %10s %10s%n", "query", "first page", "total");
        result.queryP95Millis().forEach((name, millis) -> out.printf(Locale.ROOT, "    %-22s %7.1f ms %7.1f ms%n",
                name, millis, result.countP95Millis().get(name)));
        out.flush();
    }
}
