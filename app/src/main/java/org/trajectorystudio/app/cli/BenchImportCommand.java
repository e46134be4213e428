package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
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
        description = "Import a generated file into a fresh library and load it into DuckDB; compare MB/s. Run with -Xmx256m.")
public final class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size-mb", paramLabel = "N", defaultValue = "100", description = "Size of the generated file (default ${DEFAULT-VALUE}).")
    long sizeMb;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Rounds, alternating which contender runs first; each side reports its median (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--container", paramLabel = "C",
            description = "array or parquet: import the generated file in that container and as JSONL, each with its heap peak.")
    String container;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (sizeMb < 1) {
            throw new UserError("--size-mb must be at least 1");
        }
        if (rounds < 1) {
            throw new UserError("--rounds must be at least 1");
        }
        if (container != null) {
            return ContainerBenchOutput.print(spec, json, sizeMb, container);
        }
        BenchResult result = OpenLibrary.userErrors(() -> ImportBenchmark.run(ImportBenchmark.Options.of(sizeMb, rounds)));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("studioMBps", result.studioMBps());
            node.put("peerMBps", result.peerMBps());
            node.put("ratio", result.ratio());
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
            out.printf(Locale.ROOT, "%.1f MB, %,d samples (%s)%n", result.sizeMB(), result.samples(), result.format());
            for (BenchResult.Round round : result.rounds()) {
                out.printf(Locale.ROOT, "  round %d (%s first): studio %.1f MB/s, duckdb %.1f MB/s%n", round.round(),
                        round.peerFirst() ? "duckdb" : "studio", round.studioMBps(), round.peerMBps());
            }
            out.printf(Locale.ROOT, "  studio  %8.1f MB/s  (median %.2f s, heap peak %.0f of %.0f MB)%n",
                    result.studioMBps(), result.studioSeconds(), result.heapPeakMB(), result.heapMaxMB());
            out.printf(Locale.ROOT, "  duckdb  %8.1f MB/s  (median %.2f s)%n", result.peerMBps(), result.peerSeconds());
            out.printf(Locale.ROOT, "  ratio   %8.2f%n", result.ratio());
            out.flush();
        }
        return ExitCode.OK;
    }
}
