package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.trajectorystudio.persistence.bench.ContainerImportBenchmark;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/** {@code bench import --container array|parquet}: runs the container benchmark and prints it. */
final class ContainerBenchOutput {
    private ContainerBenchOutput() {}

    static int print(CommandSpec spec, boolean json, long sizeMb, String container) {
        if (!container.equals("array") && !container.equals("parquet")) {
            throw new UserError("--container is array or parquet, not " + container);
        }
        ContainerImportBenchmark.Result result = OpenLibrary.userErrors(() -> ContainerImportBenchmark.run(
                new ContainerImportBenchmark.Options(sizeMb, container, 42)));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("container", result.container());
            node.put("containerMB", result.containerMB());
            node.put("jsonlMB", result.jsonlMB());
            node.put("samples", result.samples());
            node.put("containerMBps", result.containerMBps());
            node.put("jsonlMBps", result.jsonlMBps());
            node.put("heapPeakMB", result.containerHeapPeakMB());
            node.put("jsonlHeapPeakMB", result.jsonlHeapPeakMB());
            node.put("heapMaxMB", result.heapMaxMB());
            JsonOut.print(out, node);
        } else {
            out.printf(Locale.ROOT, "%,d samples: %s %.1f MB, JSONL %.1f MB (MB/s below are of the JSONL content)%n",
                    result.samples(), result.container(), result.containerMB(), result.jsonlMB());
            out.printf(Locale.ROOT, "  %-7s %8.1f MB/s  (%.2f s, heap peak %.0f of %.0f MB)%n", result.container(),
                    result.containerMBps(), result.containerSeconds(), result.containerHeapPeakMB(), result.heapMaxMB());
            out.printf(Locale.ROOT, "  %-7s %8.1f MB/s  (%.2f s, heap peak %.0f of %.0f MB)%n", "jsonl",
                    result.jsonlMBps(), result.jsonlSeconds(), result.jsonlHeapPeakMB(), result.heapMaxMB());
            out.flush();
        }
        return ExitCode.OK;
    }
}
