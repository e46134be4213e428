package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trajectorystudio.inference.tokenize.CloseableTokenCounter;
import org.trajectorystudio.inference.tokenize.TokenizerSpec;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportThroughput;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.bench.SyntheticTrajectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export throughput against the bare tokenizer on generated trajectories. The budget is about an exact tokenizer, so
 * {@code --tokenizer} is required (no tokenizer ships with the studio); {@code approx} is accepted for a smoke run.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export generated samples (cpt-text) and count the same texts with the tokenizer alone; compare tokens/s.")
public final class BenchExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2000", description = "Generated samples (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--tokenizer", required = true, paramLabel = "SPEC", description = "hf:PATH or gguf:PATH (approx for a smoke run).")
    String tokenizer;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds after a warm-up; the best counts.")
    int rounds;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (samples < 1 || rounds < 1) {
            throw new UserError("--samples and --rounds must be at least 1");
        }
        SyntheticTrajectories generator = new SyntheticTrajectories(42);
        List<Sample> input = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            input.add(generator.sample(i));
        }
        ExportThroughput.Result result;
        Path work = null;
        try (CloseableTokenCounter counter = OpenLibrary.userErrors(() -> TokenizerSpec.parse(tokenizer).open())) {
            work = Files.createTempDirectory("studio-bench-export-");
            ExportProfile profile = ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(counter).build();
            Path folder = work;
            result = OpenLibrary.userErrors(() -> {
                try {
                    return ExportThroughput.measure(input, profile, folder, rounds);
                } catch (IOException e) {
                    throw new UserError("benchmark failed: " + e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UserError("benchmark failed: " + e.getMessage());
        } finally {
            delete(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("exportTokensPerSecond", result.exportTokensPerSecond());
            node.put("tokenizerTokensPerSecond", result.tokenizerTokensPerSecond());
            node.put("ratio", result.ratio());
            node.put("samples", result.samples());
            node.put("tokens", result.tokens());
            node.put("tokenizer", tokenizer);
            JsonOut.print(out, node);
        } else {
            out.printf(Locale.ROOT, "%,d samples, %,d tokens (%s)%n", result.samples(), result.tokens(), tokenizer);
            out.printf(Locale.ROOT, "  export     %,12.0f tokens/s%n", result.exportTokensPerSecond());
            out.printf(Locale.ROOT, "  tokenizer  %,12.0f tokens/s%n", result.tokenizerTokensPerSecond());
            out.printf(Locale.ROOT, "  ratio      %12.2f%n", result.ratio());
            out.flush();
        }
        return ExitCode.OK;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
