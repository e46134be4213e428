package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.trajectory.ViewBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Time a long trajectory from selected to shown (tree, budget bar, detail) on JavaFX's headless platform.")
public final class BenchViewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200", description = "Steps of the generated trajectory (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--tokens", paramLabel = "N", defaultValue = "131072", description = "About how many tokens it holds (default ${DEFAULT-VALUE}).")
    int tokens;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "15", description = "Measured runs after 3 warm-up runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (steps < 2 || tokens < 1000 || runs < 1) {
            throw new UserError("--steps must be at least 2, --tokens at least 1000, --runs at least 1");
        }
        ViewBenchmark.Result result = ViewBenchmark.run(steps, tokens, runs);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("steps", result.steps());
            node.put("tokens", result.tokens());
            node.put("runs", result.runs());
            node.put("medianMillis", result.medianMillis());
            node.put("p95Millis", result.p95Millis());
            node.put("backgroundMillis", result.backgroundMillis());
            node.put("fxMillis", result.fxMillis());
            node.put("bigResponseChars", result.bigResponseChars());
            node.put("bigResponseMedianMillis", result.bigResponseMedianMillis());
            JsonOut.print(out, node);
        } else {
            out.printf(Locale.ROOT, "%d steps, ≈%,d tokens, %d runs%n", result.steps(), result.tokens(), result.runs());
            out.printf(Locale.ROOT, "  selected → shown  median %.1f ms, p95 %.1f ms (budget 300 ms)%n", result.medianMillis(), result.p95Millis());
            out.printf(Locale.ROOT, "  of which background %.1f ms, FX thread %.1f ms (medians)%n", result.backgroundMillis(), result.fxMillis());
            out.printf(Locale.ROOT, "  a %,d-character tool response highlighted and shown in the detail: median %.1f ms%n",
                    result.bigResponseChars(), result.bigResponseMedianMillis());
            out.flush();
        }
        return ExitCode.OK;
    }
}
