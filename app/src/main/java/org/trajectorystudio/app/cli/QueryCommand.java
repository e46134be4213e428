package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.model.flags.QualityFlag;
import org.trajectorystudio.persistence.query.SamplePage;
import org.trajectorystudio.persistence.query.SampleQueries;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "query", mixinStandardHelpOptions = true, description = "List library samples matching every filter given.")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleFilterOptions filters;

    @Mixin
    FlagOptions flagOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "List at most N samples (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SampleQueries.MAX_PAGE) {
            throw new UserError("--limit is 1 to " + SampleQueries.MAX_PAGE + ", not " + limit);
        }
        long total;
        SamplePage page;
        FlagSettings flagSettings;
        try (Library library = OpenLibrary.open(spec)) {
            SampleQuery query = OpenLibrary.caughtUp(library, flagOptions.apply(filters.toQuery(filters.verdicts()), library).build());
            flagSettings = library.flags().settings();
            total = OpenLibrary.userErrors(() -> library.samples().count(query));
            page = OpenLibrary.userErrors(() -> library.samples().page(query, limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object().put("total", total);
            ArrayNode samples = node.putArray("samples");
            page.rows().forEach(row -> samples.add(toJson(row).set("flags", flagsJson(flagSettings.raised(row.flags())))));
            JsonOut.print(out, node);
        } else {
            printTable(out, total, page.rows(), flagOptions.given() ? flagSettings : null);
        }
        return ExitCode.OK;
    }

    static ObjectNode toJson(SampleSummary row) {
        ObjectNode node = JsonOut.object();
        node.put("id", row.id());
        node.put("kind", row.kind().wireName());
        node.put("question", row.question());
        node.put("steps", row.steps());
        node.put("toolCalls", row.toolCalls());
        node.put("tokens", row.tokens());
        if (row.rating() == null) {
            node.putNull("rating");
        } else {
            node.put("rating", row.rating().intValue());
        }
        node.put("verdict", row.verdict() == null ? null : row.verdict().wireName());
        node.set("labels", JsonOut.strings(row.labels()));
        return node;
    }

    static ArrayNode flagsJson(List<QualityFlag> flags) {
        ArrayNode array = JsonOut.object().arrayNode();
        for (QualityFlag flag : flags) {
            array.addObject().put("flag", flag.kind().wireName()).put("step", flag.step()).put("reason", flag.reason());
        }
        return array;
    }

    /** @param flagReasons the settings whose raised flags are listed under each row, or null for none */
    private static void printTable(PrintWriter out, long total, List<SampleSummary> rows, FlagSettings flagReasons) {
        out.printf("%-16s %-13s %5s %5s %7s %6s %-10s %s%n", "id", "kind", "steps", "tools", "tokens", "rating", "verdict", "question");
        for (SampleSummary row : rows) {
            out.printf("%-16s %-13s %5d %5d %7d %6s %-10s %s%n", row.id(), row.kind().wireName(), row.steps(),
                    row.toolCalls(), row.tokens(), row.rating() == null ? "-" : row.rating().toString(),
                    row.verdict() == null ? "-" : row.verdict().wireName(), shorten(row.question().replace('\n', ' '), 60));
            if (flagReasons != null) {
                flagReasons.raised(row.flags()).forEach(flag -> out.printf("%16s ⚑ %s: %s%n", "", flag.kind().wireName(), flag.reason()));
            }
        }
        out.printf("%,d of %,d samples%n", rows.size(), total);
        out.flush();
    }

    static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
