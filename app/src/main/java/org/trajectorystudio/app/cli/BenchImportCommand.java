package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.persistence.bench.BenchResult;
import org.trajectorystudio.persistence.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Make a file from the real WebDancer records as make_varied.py does; import it with a fresh ./studio at -Xmx256m"
                + " and load it with DuckDB read_json in a fresh process (the cold headline), then warm rounds in this process."})
public final class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size-mb", paramLabel = "N", defaultValue = "100", description = "Size of the generated file (default ${DEFAULT-VALUE}).")
    long sizeMb;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Warm rounds after the cold run, in this process, alternating which contender runs first;"
                    + " each side reports its median (default ${DEFAULT-VALUE}; 0: cold run only).")
    int rounds;

    @Option(names = "--source", paramLabel = "FILE",
            description = "The WebDancer records the input is made from (default ../shared/data/webdancer_sample_traj.jsonl"
                    + " beside the studio's folder).")
    Path source;

    @Option(names = "--container", paramLabel = "C",
            description = "array or parquet: import the generated file in that container and as JSONL, each with its heap peak.")
    String container;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /**
     * The shared data folder beside the studio's folder (the launcher says where that is), else the first
     * {@code shared/data} found walking up from the working folder.
     */
    private static Path defaultSource() {
        Path relative = Path.of("shared", "data", "webdancer_sample_traj.jsonl");
        String home = System.getenv("STUDIO_HOME");
        if (home != null && Files.isReadable(Path.of(home).resolveSibling(relative.toString()))) {
            return Path.of(home).resolveSibling(relative.toString()).normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isReadable(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return Path.of("..").resolve(relative);
    }

    @Override
    public Integer call() {
        if (sizeMb < 1) {
            throw new UserError("--size-mb must be at least 1");
        }
        if (rounds < 0) {
            throw new UserError("--rounds must be 0 or more");
        }
        if (container != null) {
            return ContainerBenchOutput.print(spec, json, sizeMb, container);
        }
        Path records = source != null ? source : defaultSource();
        if (!Files.isReadable(records)) {
            throw new UserError("cannot read the WebDancer records " + records + " (give them with --source FILE)");
        }
        BenchResult result = OpenLibrary.userErrors(() -> ImportBenchmark.run(
                ImportBenchmark.Options.of(sizeMb, rounds, records, StudioProcess.command())));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("studioMBps", result.studioMBps());
            node.put("peerMBps", result.peerMBps());
            node.put("ratio", result.ratio());
            node.put("warmStudioMBps", result.warmStudioMBps());
            node.put("warmPeerMBps", result.warmPeerMBps());
            node.put("warmRatio", result.warmRatio());
            BenchResult.Cold cold = result.cold();
            node.putObject("cold").put("studioSeconds", cold.studioSeconds()).put("studioCpuSeconds", cold.studioCpuSeconds())
                    .put("studioImportSeconds", cold.studioImportSeconds()).put("peerSeconds", cold.peerSeconds())
                    .put("peerCpuSeconds", cold.peerCpuSeconds()).put("peerStatementSeconds", cold.peerStatementSeconds());
            node.put("heapPeakMB", result.heapPeakMB());
            node.put("heapMaxMB", result.heapMaxMB());
            node.put("sizeMb", result.sizeMB());
            node.put("samples", result.samples());
            node.put("format", result.format());
            var roundsNode = node.putArray("rounds");
            for (BenchResult.Round round : result.rounds()) {
                roundsNode.addObject().put("round", round.round()).put("peerFirst", round.peerFirst())
                        .put("studioMBps", round.studioMBps()).put("peerMBps", round.peerMBps()).put("heapPeakMB", round.heapPeakMB());
            }
            JsonOut.print(out, node);
        } else {
            BenchResult.Cold cold = result.cold();
            out.printf(Locale.ROOT, "%.1f MB, %,d distinct samples (%s, from the WebDancer records as make_varied.py)%n",
                    result.sizeMB(), result.samples(), result.format());
            out.printf(Locale.ROOT, "  cold, whole process (fresh JVM at %s / fresh DuckDB process):%n", ImportBenchmark.HEAP);
            out.printf(Locale.ROOT, "    studio  %7.1f MB/s  %6.2f s wall, %6.2f CPU-s (import itself %.2f s)%n",
                    cold.studioMBps(), cold.studioSeconds(), cold.studioCpuSeconds(), cold.studioImportSeconds());
            out.printf(Locale.ROOT, "    duckdb  %7.1f MB/s  %6.2f s wall, %6.2f CPU-s (read_json statement %.2f s)%n",
                    cold.peerMBps(), cold.peerSeconds(), cold.peerCpuSeconds(), cold.peerStatementSeconds());
            out.printf(Locale.ROOT, "    ratio   %7.2f%n", cold.ratio());
            for (BenchResult.Round round : result.rounds()) {
                out.printf(Locale.ROOT, "  warm round %d (%s first): studio %.1f MB/s, duckdb %.1f MB/s (heap peak %.0f of %.0f MB)%n",
                        round.round(), round.peerFirst() ? "duckdb" : "studio", round.studioMBps(), round.peerMBps(),
                        round.heapPeakMB(), result.heapMaxMB());
            }
            if (!result.rounds().isEmpty()) {
                out.printf(Locale.ROOT, "  warm medians: studio %.1f MB/s, duckdb %.1f MB/s, ratio %.2f%n",
                        result.warmStudioMBps(), result.warmPeerMBps(), result.warmRatio());
            }
            out.flush();
        }
        return ExitCode.OK;
    }
}
