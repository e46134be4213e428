package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.export.HubDataset;
import org.trajectorystudio.app.export.LibraryExportInput;
import org.trajectorystudio.inference.template.TemplateSpec;
import org.trajectorystudio.inference.tokenize.CloseableTokenCounter;
import org.trajectorystudio.inference.tokenize.TokenizerSpec;
import org.trajectorystudio.model.export.DedupOptions;
import org.trajectorystudio.model.export.ExportCancelledException;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportMonitor;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.budget.BudgetPolicy;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a training set and FILE.manifest.json from library samples.",
                "Only accepted samples unless --verdict says otherwise; rejected samples are never exported."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleFilterOptions filters;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSONL file to write.")
    Path out;

    @Option(names = "--format", required = true, paramLabel = "F", description = "chat, cpt-text, has-text or fas-text.")
    String format;

    @ArgGroup(exclusive = true)
    Budget budget;

    static final class Budget {
        @Option(names = "--max-tokens", paramLabel = "N", description = "Token budget per record.")
        Integer maxTokens;

        @Option(names = "--stage", paramLabel = "1|2", description = "The paper's stage budget: 1 = 32K, 2 = 128K.")
        Integer stage;

        int tokens() {
            if (maxTokens != null) {
                return maxTokens;
            }
            return switch (stage) {
                case 1 -> BudgetPolicy.STAGE_1;
                case 2 -> BudgetPolicy.STAGE_2;
                default -> throw new UserError("--stage is 1 or 2, not " + stage);
            };
        }
    }

    @Option(names = "--over-budget", paramLabel = "drop|truncate", defaultValue = "drop", description = "What to do with records over the budget (default ${DEFAULT-VALUE}).")
    String overBudget;

    @Option(names = "--tokenizer", paramLabel = "SPEC", defaultValue = "approx", description = "approx, hf:PATH or gguf:PATH (default ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(names = "--template", paramLabel = "SPEC", defaultValue = "chatml", description = "chatml, hf:PATH, gguf:PATH or jinja:PATH (default ${DEFAULT-VALUE}).")
    String template;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed for candidate order, dedup and the split.")
    long seed;

    @Option(names = "--max-per-question", paramLabel = "N", defaultValue = "0", description = "At most N samples per question (0 = no limit).")
    int maxPerQuestion;

    @Option(names = "--validation", paramLabel = "F", defaultValue = "0", description = "Share of records for a validation file, in [0, 1).")
    double validation;

    @Option(names = "--parquet", description = "Also write FILE.parquet (and the validation split's) and a README.md dataset card for the HuggingFace Hub.")
    boolean parquet;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        List<Verdict> verdicts = filters.verdicts().isEmpty() ? List.of(Verdict.ACCEPTED) : filters.verdicts();
        if (verdicts.contains(Verdict.REJECTED)) {
            throw new UserError("rejected samples are never exported");
        }
        SampleQuery query = filters.toQuery(verdicts).build();
        ExportFormat exportFormat = OpenLibrary.userErrors(() -> ExportFormat.fromWireName(format));
        ExportProfile.Builder profile = OpenLibrary.userErrors(() -> ExportProfile.builder(exportFormat)
                .template(TemplateSpec.open(template))
                .seed(seed)
                .dedup(new DedupOptions(maxPerQuestion, 0))
                .validationFraction(validation)
                .filters(filters.describe(verdicts)));
        if (budget != null) {
            int tokens = budget.tokens();
            OverBudget policy = OpenLibrary.userErrors(() -> OverBudget.fromWireName(overBudget));
            OpenLibrary.userErrors(() -> profile.budget(tokens, policy));
        }
        ExportResult result;
        HubDataset.Files hub = null;
        try (CloseableTokenCounter counter = OpenLibrary.userErrors(() -> TokenizerSpec.parse(tokenizer).open());
             Library library = OpenLibrary.open(spec)) {
            ExportProfile built = OpenLibrary.userErrors(() -> profile.tokenizer(counter).build());
            result = new ExportPipeline(StudioVersion.current())
                    .run(new LibraryExportInput(library, query), built, out, ExportMonitor.NONE);
            if (parquet) {
                hub = HubDataset.write(result);
            }
        } catch (IOException e) {
            throw new UserError(out + ": cannot write (" + e.getMessage() + ")");
        } catch (ExportCancelledException e) {
            throw new UserError("export cancelled");
        } catch (Exception e) {
            if (e instanceof UserError userError) {
                throw userError;
            }
            throw new UserError("export failed: " + e.getMessage());
        }
        print(result, hub);
        return ExitCode.OK;
    }

    private void print(ExportResult result, HubDataset.Files hub) {
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("exported", result.exported());
            node.put("dropped", result.dropped());
            node.put("truncated", result.truncated());
            node.put("deduplicated", result.deduplicated());
            node.put("skipped", result.skipped());
            node.put("tokens", result.tokens());
            node.put("out", result.out().toString());
            node.put("validationOut", result.validationOut() == null ? null : result.validationOut().toString());
            node.put("manifest", result.manifest().toString());
            if (hub != null) {
                var files = node.putArray("parquet");
                hub.parquet().forEach(file -> files.add(file.toString()));
                node.put("card", hub.card().toString());
            }
            JsonOut.print(writer, node);
            return;
        }
        writer.printf(Locale.ROOT, "exported %,d records (%,d tokens) to %s%n", result.exported(), result.tokens(), result.out());
        writer.printf(Locale.ROOT, "  dropped %,d, truncated %,d, deduplicated %,d, skipped %,d (kind not in %s)%n",
                result.dropped(), result.truncated(), result.deduplicated(), result.skipped(), format);
        if (result.validationOut() != null) {
            writer.printf("  validation: %s%n", result.validationOut());
        }
        writer.printf("  manifest: %s%n", result.manifest());
        if (hub != null) {
            hub.parquet().forEach(file -> writer.printf("  parquet: %s%n", file));
            writer.printf("  dataset card: %s%n", hub.card());
        }
        writer.flush();
    }
}
