package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trajectorystudio.app.judge.JudgeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Samples judged per second, one request at a time vs N at once, against a loopback server that delays each answer.")
public final class BenchJudgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "64", description = "Samples to judge (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "200", description = "Server delay per answer (default ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8", description = "Requests at once on the concurrent side (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (samples < 1 || concurrency < 2 || concurrency > 64 || delayMs < 0) {
            throw new UserError("--samples at least 1, --concurrency 2 to 64, --delay-ms at least 0");
        }
        Path work = Files.createTempDirectory("studio-bench-judge");
        JudgeBenchmark.Result result;
        try {
            result = OpenLibrary.userErrors(() -> {
                try {
                    return JudgeBenchmark.run(work, samples, delayMs, concurrency);
                } catch (IOException e) {
                    throw new UserError("cannot run the benchmark: " + e.getMessage());
                }
            });
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOut.print(out, JsonOut.object().put("samples", result.samples()).put("delayMs", result.delayMs())
                    .put("concurrency", result.concurrency())
                    .put("serialPerSecond", round(result.serialPerSecond())).put("concurrentPerSecond", round(result.concurrentPerSecond()))
                    .put("ratio", round(result.ratio())));
        } else {
            out.printf(Locale.ROOT, "judge, %d samples, server delay %d ms: concurrency 1 %.2f samples/s, concurrency %d %.2f samples/s (%.2fx)%n",
                    result.samples(), result.delayMs(), result.serialPerSecond(), result.concurrency(), result.concurrentPerSecond(), result.ratio());
            out.flush();
        }
        return ExitCode.OK;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
