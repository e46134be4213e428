package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.dataset.DatasetInfo;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.LibraryStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count the library's samples by kind, verdict and dataset.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        LibraryStats stats;
        Map<String, Long> flagCounts;
        long flagged;
        Map<Long, String> sources = new LinkedHashMap<>();
        try (Library library = OpenLibrary.open(spec)) {
            stats = library.stats().stats();
            library.flags().awaitCaughtUp();
            flagCounts = new LinkedHashMap<>();
            library.flags().counts().forEach((kind, n) -> flagCounts.put(kind.wireName(), n));
            flagged = library.flags().flaggedSamples();
            for (DatasetInfo dataset : library.datasets().list()) {
                sources.put(dataset.id(), dataset.sourcePath());
            }
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        stats.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byKind.put(e.getKey().wireName(), e.getValue()));
        Map<String, Long> byVerdict = new java.util.TreeMap<>(stats.byVerdict());
        Map<String, Long> byDataset = inIdOrder(stats.byDataset());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object().put("samples", stats.samples());
            node.set("kinds", JsonOut.counts(byKind));
            node.set("verdicts", JsonOut.counts(byVerdict));
            node.set("datasets", JsonOut.counts(byDataset));
            node.set("sharedByDataset", JsonOut.counts(inIdOrder(stats.sharedByDataset())));
            node.put("rated", stats.rated());
            node.put("unrated", stats.unrated());
            node.put("flagged", flagged);
            node.set("flags", JsonOut.counts(flagCounts));
            JsonOut.print(out, node);
            return ExitCode.OK;
        }
        out.printf("samples  %,d  (%,d rated, %,d unrated)%n", stats.samples(), stats.rated(), stats.unrated());
        out.println("kinds");
        byKind.forEach((kind, n) -> out.printf("  %-16s %,d%n", kind, n));
        out.println("verdicts");
        byVerdict.forEach((verdict, n) -> out.printf("  %-16s %,d%n", verdict, n));
        out.printf("flags  %s flagged%n", Plural.of(flagged, "sample"));
        flagCounts.forEach((flag, n) -> out.printf("  %-20s %,d%n", flag, n));
        out.println("datasets");
        byDataset.forEach((id, n) -> {
            long shared = stats.sharedByDataset().getOrDefault(Long.parseLong(id), 0L);
            out.printf("  %-4s %,8d  %s%s%n", id, n, sources.getOrDefault(Long.parseLong(id), "?"),
                    shared == 0 ? "" : String.format(java.util.Locale.ROOT, "  (%,d also in an earlier dataset)", shared));
        });
        out.flush();
        return ExitCode.OK;
    }

    /** Counts keyed by dataset id as text, in id order (2 before 10, which a map of strings would not give). */
    private static Map<String, Long> inIdOrder(Map<Long, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        new java.util.TreeMap<>(counts).forEach((id, n) -> ordered.put(id.toString(), n));
        return ordered;
    }
}
