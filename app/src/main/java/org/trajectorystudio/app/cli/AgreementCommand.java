package org.trajectorystudio.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.model.agreement.KappaResult;
import org.trajectorystudio.persistence.agreement.AgreementReport;
import org.trajectorystudio.persistence.agreement.AgreementService;
import org.trajectorystudio.persistence.agreement.Disagreement;
import org.trajectorystudio.persistence.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Agreement between annotators on each one's latest sample rating and verdict.",
                "Krippendorff's alpha (ordinal) on ratings 1-5, Cohen's kappa on verdicts for each pair of annotators,",
                "and the samples they disagree on (different verdicts, or ratings " + AgreementService.RATING_GAP + " or more apart)."})
public final class AgreementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N disagreements in text output (default: 20).")
    int limit = 20;

    @Override
    public Integer call() {
        AgreementReport report;
        try (Library library = OpenLibrary.open(spec)) {
            report = OpenLibrary.userErrors(() -> library.agreement().report());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOut.print(out, toJson(report));
            return ExitCode.OK;
        }
        out.printf(Locale.ROOT, "annotators  %d  (%s)%n", report.annotators().size(), String.join(", ", report.annotators()));
        out.printf(Locale.ROOT, "items       %d  samples rated or judged by two or more%n", report.items());
        out.printf(Locale.ROOT, "alpha       %s  Krippendorff, ordinal, on %d samples' ratings%n",
                figure(report.alpha().alpha()), report.alpha().units());
        out.printf(Locale.ROOT, "kappa       %s  Cohen, on verdicts%s%n", figure(report.meanKappa()),
                report.kappas().size() > 1 ? " (mean of " + report.kappas().size() + " pairs)" : "");
        for (KappaResult pair : report.kappas()) {
            out.printf(Locale.ROOT, "  %s / %s  %s  on %d samples%n", pair.first(), pair.second(), figure(pair.kappa()), pair.items());
        }
        out.printf(Locale.ROOT, "disagreements  %d%n", report.disagreements().size());
        report.disagreements().stream().limit(limit).forEach(d -> out.printf(Locale.ROOT, "  %s  ratings %s  verdicts %s%n",
                d.sampleId(), Disagreement.describe(d.ratings()), Disagreement.describe(d.verdicts())));
        if (report.disagreements().size() > limit) {
            out.printf("  … and %,d more (use --json for all)%n", report.disagreements().size() - limit);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Three decimals, or "n/a" when the figure is undefined (too little data or no variation). */
    static String figure(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    static ObjectNode toJson(AgreementReport report) {
        ObjectNode node = JsonOut.object();
        node.set("annotators", JsonOut.strings(report.annotators()));
        node.put("items", report.items());
        ObjectNode alpha = node.putObject("alpha");
        number(alpha, "value", report.alpha().alpha());
        alpha.put("metric", report.alpha().metric().name().toLowerCase(Locale.ROOT));
        alpha.put("units", report.alpha().units());
        alpha.put("values", report.alpha().values());
        ObjectNode kappa = node.putObject("kappa");
        number(kappa, "mean", report.meanKappa());
        ArrayNode pairs = kappa.putArray("pairs");
        for (KappaResult pair : report.kappas()) {
            ObjectNode row = pairs.addObject().put("first", pair.first()).put("second", pair.second()).put("items", pair.items());
            number(row, "kappa", pair.kappa());
            number(row, "observed", pair.observed());
        }
        ArrayNode disagreements = node.putArray("disagreements");
        for (Disagreement d : report.disagreements()) {
            ObjectNode row = disagreements.addObject().put("id", d.sampleId()).put("question", d.question());
            ObjectNode ratings = row.putObject("ratings");
            d.ratings().forEach(ratings::put);
            ObjectNode verdicts = row.putObject("verdicts");
            d.verdicts().forEach((who, verdict) -> verdicts.put(who, verdict.wireName()));
        }
        return node;
    }

    /** JSON has no NaN: an undefined figure is null. */
    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
