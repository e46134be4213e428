package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.export.ExportBenchmark;
import org.trajectorystudio.inference.tokenize.TokenizerFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code bench export}: export throughput with an exact HF tokenizer against the tokenizer alone; see {@link ExportBenchmark}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Measure a cpt-text export of generated trajectories with an exact tokenizer against the tokenizer alone.",
                "Both in MB/s; the same texts are encoded with the tokenizer alone (DJL batch API). Without --tokenizer a byte-level BPE",
                "is trained on the generated corpus first (nothing is downloaded)."})
public final class BenchExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size-mb", paramLabel = "N", defaultValue = "64", description = "MB of rendered text to export (default ${DEFAULT-VALUE}).")
    double sizeMb;

    @Option(names = "--tokenizer", paramLabel = "PATH", description = "A tokenizer.json (or hf:PATH); default: train one.")
    String tokenizer;

    @Option(names = "--merges", paramLabel = "N", defaultValue = "16000", description = "Merges of the trained tokenizer (default ${DEFAULT-VALUE}).")
    int merges;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds after a warm-up; the best counts.")
    int rounds;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (sizeMb <= 0 || rounds < 1 || merges < 1) {
            throw new UserError("--size-mb, --rounds and --merges must be positive");
        }
        Path tokenizerJson = null;
        if (tokenizer != null) {
            String path = tokenizer.startsWith("hf:") ? tokenizer.substring(3) : tokenizer;
            tokenizerJson = OpenLibrary.userErrors(() -> TokenizerFiles.requireTokenizerJson(Path.of(path)));
        }
        ExportBenchmark.Result result;
        try {
            Path file = tokenizerJson;
            result = OpenLibrary.userErrors(() -> {
                try {
                    return ExportBenchmark.run(new ExportBenchmark.Options(sizeMb, file, merges, rounds, 42));
                } catch (IOException e) {
                    throw new UserError("benchmark failed: " + e.getMessage());
                }
            });
        } catch (IllegalStateException e) {
            throw new UserError("benchmark failed: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("sizeMB", round(result.sizeMB(), 2));
            node.put("samples", result.samples());
            node.put("tokens", result.tokens());
            node.put("tokenizer", result.tokenizer());
            node.put("vocabulary", result.vocabulary());
            node.put("studioSeconds", round(result.studioSeconds(), 3));
            node.put("studioMBps", round(result.studioMBps(), 2));
            node.put("peerSeconds", round(result.peerSeconds(), 3));
            node.put("peerMBps", round(result.peerMBps(), 2));
            node.put("ratio", round(result.ratio(), 3));
            node.put("idsOnlyMBps", round(result.idsOnlyMBps(), 2));
            node.put("idsOnlyRatio", round(result.studioMBps() / result.idsOnlyMBps(), 3));
            node.put("studioCpuSeconds", round(result.studioCpuSeconds(), 3));
            node.put("peerCpuSeconds", round(result.peerCpuSeconds(), 3));
            node.put("cpuRatio", round(result.peerCpuSeconds() / result.studioCpuSeconds(), 3));
            node.put("heapPeakMB", Math.round(result.heapPeakMB()));
            node.put("heapMaxMB", Math.round(result.heapMaxMB()));
            node.put("cores", Runtime.getRuntime().availableProcessors());
            JsonOut.print(out, node);
        } else {
            out.printf(Locale.ROOT, "%.1f MB rendered text, %,d samples, %,d tokens (%s%s)%n", result.sizeMB(), result.samples(),
                    result.tokens(), result.tokenizer(), result.vocabulary() > 0 ? ", trained, " + result.vocabulary() + " tokens" : "");
            out.printf(Locale.ROOT, "  studio export   %8.2f MB/s  (%.2f s, heap peak %.0f of %.0f MB)%n", result.studioMBps(),
                    result.studioSeconds(), result.heapPeakMB(), result.heapMaxMB());
            out.printf(Locale.ROOT, "  tokenizer alone %8.2f MB/s  (%.2f s, DJL batchEncode)%n", result.peerMBps(), result.peerSeconds());
            out.printf(Locale.ROOT, "  ids only        %8.2f MB/s  (the counter alone: one native batch call, ids only)%n", result.idsOnlyMBps());
            out.printf(Locale.ROOT, "  cpu seconds     %8.2f studio, %.2f tokenizer alone (ratio %.2f)%n", result.studioCpuSeconds(),
                    result.peerCpuSeconds(), result.peerCpuSeconds() / result.studioCpuSeconds());
            out.printf(Locale.ROOT, "  ratio           %8.2f  (target >= 0.8; %.2f against ids only)%n", result.ratio(),
                    result.studioMBps() / result.idsOnlyMBps());
            out.flush();
        }
        return ExitCode.OK;
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
