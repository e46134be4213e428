package org.trajectorystudio.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.query.SampleQuery;
import picocli.CommandLine.Option;

/** The selection options {@code query} and {@code export} share; each may be repeated (kinds, verdicts: any; labels, tools: all). */
public final class SampleFilterOptions {
    @Option(names = "--kind", paramLabel = "K", description = "trajectory, has_decision, fas_planning, … (repeatable: any).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--text", paramLabel = "Q", description = "Words that must all occur (question, thoughts, answers).")
    String text;

    @Option(names = "--verdict", paramLabel = "V", description = "accepted, rejected or needs-edit (repeatable: any).")
    List<String> verdicts = new ArrayList<>();

    @Option(names = "--min-rating", paramLabel = "N", description = "Sample rating at least N (1-5).")
    Integer minRating;

    @Option(names = "--label", paramLabel = "L", description = "Has this label (repeatable: all).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--dataset", paramLabel = "ID", description = "Imported from this dataset.")
    Long dataset;

    @Option(names = "--tool", paramLabel = "T", description = "Calls this tool (repeatable: all).")
    List<String> tools = new ArrayList<>();

    public List<Verdict> verdicts() {
        return verdicts.stream().map(v -> OpenLibrary.userErrors(() -> Verdict.fromWireName(v))).toList();
    }

    /** The library query; {@code verdicts} replaces the given verdicts (export's default selection). */
    public SampleQuery.Builder toQuery(List<Verdict> effectiveVerdicts) {
        SampleQuery.Builder builder = SampleQuery.builder();
        for (String kind : kinds) {
            builder.kind(OpenLibrary.userErrors(() -> SampleKind.fromWireName(kind)));
        }
        effectiveVerdicts.forEach(builder::verdict);
        if (minRating != null) {
            if (minRating < 1 || minRating > 5) {
                throw new UserError("--min-rating is 1 to 5, not " + minRating);
            }
            builder.rating(minRating, null);
        }
        labels.forEach(builder::label);
        tools.forEach(builder::tool);
        if (dataset != null) {
            builder.dataset(dataset);
        }
        return builder.text(text);
    }

    /** The filters as given, for an export manifest. */
    public Map<String, String> describe(List<Verdict> effectiveVerdicts) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "kind", kinds);
        put(filters, "verdict", effectiveVerdicts.stream().map(Verdict::wireName).toList());
        put(filters, "label", labels);
        put(filters, "tool", tools);
        if (text != null) {
            filters.put("text", text);
        }
        if (minRating != null) {
            filters.put("minRating", minRating.toString());
        }
        if (dataset != null) {
            filters.put("dataset", dataset.toString());
        }
        return filters;
    }

    private static void put(Map<String, String> filters, String key, List<String> values) {
        if (!values.isEmpty()) {
            filters.put(key, String.join(",", values));
        }
    }
}
