package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trajectorystudio.app.export.ExportChoices;
import org.trajectorystudio.app.export.ExportJob;
import org.trajectorystudio.app.export.ExportTargets;
import org.trajectorystudio.app.export.HubDataset;
import org.trajectorystudio.app.export.LibraryExportInput;
import org.trajectorystudio.inference.template.TemplateSpec;
import org.trajectorystudio.inference.tokenize.CloseableTokenCounter;
import org.trajectorystudio.inference.tokenize.TokenizerSpec;
import org.trajectorystudio.model.export.DedupOptions;
import org.trajectorystudio.model.export.ExportCancelledException;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.inference.export.MegatronDataset;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportProfileFile;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.budget.BudgetPolicy;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.manifest.Manifest;
import org.trajectorystudio.model.export.trainer.LlamaFactoryDatasetInfo;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.ProgressListener;
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
                "Only accepted samples unless --verdict or --any-verdict says otherwise; rejected samples are never exported."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleFilterOptions filters;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSONL file to write.")
    Path out;

    @Option(names = "--format", paramLabel = "F", description = "chat, sharegpt (LLaMA-Factory, with its dataset_info.json entry), cpt-text, has-text or fas-text (or from --profile).")
    String format;

    @Option(names = "--profile", paramLabel = "FILE", description = "Take the export choices from an export profile file "
            + "(trajectory-studio/export-profile/v1, the JSON the Spark job takes) instead of the choice flags; --text, --label, "
            + "--tool and --dataset still narrow the selection.")
    Path profileFile;

    /** The text written after each packed document; only a profile file chooses another. */
    private String separator = ExportJob.SEPARATOR;

    @ArgGroup(exclusive = true)
    Budget budget;

    static final class Budget {
        @Option(names = "--max-tokens", paramLabel = "N", description = "Token budget per record.")
        Integer maxTokens;

        @Option(names = "--stage", paramLabel = "1|2", description = "The paper's stage budget: 1 = 32K, 2 = 128K.")
        Integer stage;

        int tokens() {
            if (maxTokens != null) {
                if (maxTokens < 1) {
                    throw new UserError("--max-tokens must be at least 1, not " + maxTokens);
                }
                return maxTokens;
            }
            return switch (stage) {
                case 1 -> BudgetPolicy.STAGE_1;
                case 2 -> BudgetPolicy.STAGE_2;
                default -> throw new UserError("--stage is 1 or 2, not " + stage);
            };
        }
    }

    @Option(names = "--over-budget", paramLabel = "drop|truncate", defaultValue = "drop",
            description = "What to do with records over the budget or longer than a packed sequence (default ${DEFAULT-VALUE}).")
    String overBudget;

    @Option(names = "--tokenizer", paramLabel = "SPEC", defaultValue = "approx", description = "approx, hf:PATH or gguf:PATH (default ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(names = "--template", paramLabel = "SPEC", defaultValue = "chatml", description = "chatml, hf:PATH, gguf:PATH or jinja:PATH (default ${DEFAULT-VALUE}).")
    String template;

    @Option(names = "--rendering", paramLabel = "template|source", defaultValue = "template",
            description = "chat and cpt-text: template = structured messages through the chat template (what transformers' "
                    + "apply_chat_template gives with the model's own template); source = each turn as the source wrote it "
                    + "(default ${DEFAULT-VALUE}).")
    String rendering;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed for candidate order, dedup and the split.")
    long seed;

    @Option(names = "--max-per-question", paramLabel = "N", defaultValue = "0",
            description = "At most N samples per question, per near-duplicate cluster with --near-duplicates (0 = no limit).")
    int maxPerQuestion;

    @Option(names = "--near-duplicates", paramLabel = "T", arity = "0..1", fallbackValue = "" + ExportChoices.NEAR_DUPLICATE_THRESHOLD,
            description = "Cluster near-duplicate questions (MinHash over 4-character shingles): questions whose estimated "
                    + "similarity is at least T in (0, 1] count as one for --max-per-question and the validation split "
                    + "(T defaults to ${FALLBACK-VALUE}, as in the export dialog).")
    Double nearDuplicates;

    @Option(names = "--pack", description = "Pack records into fixed-length sequences (first-fit decreasing) of --pack-length "
            + "tokens, or of the budget (--max-tokens or --stage) when no length is given; text documents end with "
            + ExportJob.SEPARATOR + ".")
    boolean pack;

    @Option(names = "--pack-length", paramLabel = "N", description = "Tokens per packed sequence (implies --pack).")
    Integer packLength;

    @Option(names = "--any-verdict", description = "Every sample that is not rejected, with or without a verdict "
            + "(the export dialog with \"Accepted samples only\" unticked).")
    boolean anyVerdict;

    @Option(names = "--shuffle-candidates", description = "has-text: present each step's options in an order shuffled by "
            + "--seed, the sample and the step (default: the order the sample holds).")
    boolean shuffleCandidates;

    @Option(names = "--validation", paramLabel = "F", defaultValue = "0", description = "Share of records for a validation file, from 0 to 0.5.")
    double validation;

    @Option(names = "--parquet", description = "Also write FILE.parquet (and the validation split's) and a README.md dataset card for the HuggingFace Hub; "
            + "a README.md the studio did not write (or one edited since) is kept, and the card goes to FILE.README.md.")
    boolean parquet;

    @Option(names = "--megatron", description = "Text formats with an hf: tokenizer: also write the Megatron-LM indexed dataset "
            + "FILE_text_document.bin/.idx (the exact token ids of each text, <|endoftext|> appended; int32).")
    boolean megatron;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    private Path megatronPrefix;

    @Override
    public Integer call() {
        if (profileFile != null) {
            applyProfile(ProfileFileOptions.read(profileFile, spec.commandLine().getParseResult()));
        } else if (format == null) {
            throw new UserError("give --format (chat, cpt-text, has-text or fas-text) or --profile FILE");
        }
        if (anyVerdict && !filters.verdicts().isEmpty()) {
            throw new UserError("--any-verdict and --verdict exclude each other");
        }
        // No verdict filter at all selects every sample; LibraryExportInput leaves the rejected ones out.
        List<Verdict> verdicts = anyVerdict ? List.of() : filters.verdicts().isEmpty() ? List.of(Verdict.ACCEPTED) : filters.verdicts();
        if (verdicts.contains(Verdict.REJECTED)) {
            throw new UserError("rejected samples are never exported");
        }
        if (maxPerQuestion < 0) {
            throw new UserError("--max-per-question must be 0 (no limit) or more, not " + maxPerQuestion);
        }
        if (nearDuplicates != null && !(nearDuplicates > 0 && nearDuplicates <= 1)) {
            throw new UserError("--near-duplicates is a similarity in (0, 1], not " + nearDuplicates);
        }
        SampleQuery query = filters.toQuery(verdicts).build();
        Map<String, String> described = filters.describe(verdicts);
        if (anyVerdict) {
            described.put("verdict", "any but rejected");
        }
        ExportFormat exportFormat = OpenLibrary.userErrors(() -> ExportFormat.fromWireName(format));
        OverBudget policy = OpenLibrary.userErrors(() -> OverBudget.fromWireName(overBudget));
        Integer budgetTokens = budget == null ? null : budget.tokens();
        Rendering chosenRendering = OpenLibrary.userErrors(() -> Rendering.fromWireName(rendering));
        ExportProfile.Builder profile = OpenLibrary.userErrors(() -> ExportProfile.builder(exportFormat)
                .template(TemplateSpec.open(template))
                .rendering(chosenRendering)
                .seed(seed)
                .shuffleCandidates(shuffleCandidates)
                .dedup(new DedupOptions(maxPerQuestion, nearDuplicates == null ? 0 : nearDuplicates))
                .validationFraction(validation)
                .maxTokens(budgetTokens)
                .overBudget(policy)
                .filters(described));
        if (pack || packLength != null) {
            profile.pack(packLength, separator);
        }
        OpenLibrary.userErrors(profile::build); // the profile's rules, before the library and tokenizer are opened
        if (megatron && exportFormat == ExportFormat.CHAT) {
            throw new UserError("--megatron needs a text format (cpt-text, has-text or fas-text), not chat");
        }
        ExportResult result;
        HubDataset.Files hub = null;
        megatronPrefix = null;
        long notExecutedCut;
        try (CloseableTokenCounter counter = OpenLibrary.userErrors(() -> TokenizerSpec.parse(tokenizer).open());
             Library library = OpenLibrary.open(spec)) {
            OpenLibrary.userErrors(() -> {
                ExportTargets.check(library, out, validation > 0, parquet);
                return null;
            });
            OpenLibrary.caughtUp(library, query);
            ExportProfile built = OpenLibrary.userErrors(() -> profile.tokenizer(counter).build());
            LibraryExportInput input = new LibraryExportInput(library, query);
            result = new ExportPipeline(StudioVersion.current()).run(input, built, out, ProgressListener.NONE, new CancelToken(),
                    parquet ? HubDataset.parquet() : ExportPipeline.DerivedFiles.NONE);
            notExecutedCut = input.cutBeforeNotExecuted();
            if (parquet) {
                hub = HubDataset.card(result);
            }
            if (megatron) {
                if (!(counter instanceof HfTokenizerCounter hf)) {
                    throw new UserError("--megatron needs an exact hf:PATH tokenizer (the dataset holds its token ids)");
                }
                megatronPrefix = MegatronDataset.write(result.out(), hf);
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
        print(result, hub, notExecutedCut);
        return ExitCode.OK;
    }

    /** The LLaMA-Factory entry file a sharegpt export wrote beside its data; null for other formats. */
    private Path datasetInfo(ExportResult result) {
        return ExportFormat.fromWireName(format) == ExportFormat.SHAREGPT
                ? result.out().toAbsolutePath().resolveSibling(LlamaFactoryDatasetInfo.FILE_NAME) : null;
    }

    /** The profile file's choices, set as the flags would set them, so that one path follows for both. */
    private void applyProfile(ExportProfileFile file) {
        format = file.format().wireName();
        anyVerdict = !file.selection().acceptedOnly();
        filters.minRating = file.selection().minRating() > 0 ? file.selection().minRating() : null;
        if (file.selection().kind() != null) {
            filters.kinds.add(file.selection().kind().wireName());
        }
        if (file.maxTokens() != null) {
            budget = new Budget();
            budget.maxTokens = file.maxTokens();
        }
        overBudget = file.overBudget().wireName();
        tokenizer = file.tokenizer();
        template = file.template();
        rendering = file.rendering().wireName();
        seed = file.seed();
        shuffleCandidates = file.shuffleCandidates();
        maxPerQuestion = file.dedup().maxPerQuestion();
        nearDuplicates = file.dedup().nearDuplicateThreshold() > 0 ? file.dedup().nearDuplicateThreshold() : null;
        validation = file.validationFraction();
        if (file.packing() != null) {
            packLength = file.packing().sequenceLength();
            separator = file.packing().separator();
        }
    }

    private void print(ExportResult result, HubDataset.Files hub, long notExecutedCut) {
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOut.object();
            node.put("exported", result.exported());
            // Trajectories cut before a step whose action a curator replaced (its response answered another action).
            node.put("notExecutedCut", notExecutedCut);
            node.put("dropped", result.dropped());
            node.put("truncated", result.truncated());
            node.put("deduplicated", result.deduplicated());
            node.put("skipped", result.skipped());
            node.put("tokens", result.tokens());
            node.put("out", result.out().toString());
            node.put("megatron", megatronPrefix == null ? null : megatronPrefix.toString());
            node.put("datasetInfo", datasetInfo(result) == null ? null : datasetInfo(result).toString());
            node.put("validationOut", result.validationOut() == null ? null : result.validationOut().toString());
            node.put("manifest", result.manifest().toString());
            Manifest.Counts counts = result.report().counts();
            node.put("exactDuplicates", counts.exactDuplicates());
            node.put("overQuestionLimit", counts.overQuestionLimit());
            ObjectNode questions = node.putObject("questions");
            questions.put("distinct", result.report().questions().distinct());
            questions.put("clusters", result.report().questions().clusters());
            questions.put("nearDuplicateThreshold", result.report().profile().nearDuplicateThreshold());
            Manifest.PackingSummary packing = result.report().packing();
            if (packing == null) {
                node.putNull("packing");
            } else {
                ObjectNode packed = node.putObject("packing");
                packed.put("sequenceLength", packing.sequenceLength());
                packed.put("sequences", packing.sequences());
                packed.put("usedTokens", packing.usedTokens());
                packed.put("efficiency", Math.round(packing.efficiency() * 1e6) / 1e6); // as the manifest writes it
                packed.put("separator", packing.separator());
                packed.put("separatorTokens", packing.separatorTokens());
            }
            if (hub != null) {
                var files = node.putArray("parquet");
                hub.parquet().forEach(file -> files.add(file.toString()));
                node.put("card", hub.card().toString());
                node.put("keptReadme", hub.keptReadme() == null ? null : hub.keptReadme().toString());
            }
            JsonOut.print(writer, node);
            return;
        }
        writer.printf(Locale.ROOT, "exported %,d records (%,d tokens) to %s%n", result.exported(), result.tokens(), result.out());
        if (notExecutedCut > 0) {
            writer.printf(Locale.ROOT, "  %,d cut before a step marked not executed (another option made the action taken)%n", notExecutedCut);
        }
        writer.printf(Locale.ROOT, "  dropped %,d, truncated %,d, deduplicated %,d, skipped %,d (kind not in %s)%n",
                result.dropped(), result.truncated(), result.deduplicated(), result.skipped(), format);
        Manifest report = result.report();
        if (report.profile().nearDuplicateThreshold() > 0 || report.profile().maxPerQuestion() > 0) {
            writer.printf(Locale.ROOT, "  questions: %,d distinct in %,d clusters (near-duplicate threshold %s); %,d exact duplicates, %,d over the limit per question%n",
                    report.questions().distinct(), report.questions().clusters(),
                    report.profile().nearDuplicateThreshold() > 0 ? Double.toString(report.profile().nearDuplicateThreshold()) : "off",
                    report.counts().exactDuplicates(), report.counts().overQuestionLimit());
        }
        if (report.packing() != null) {
            Manifest.PackingSummary packing = report.packing();
            writer.printf(Locale.ROOT, "  packed into %,d sequences of %,d tokens, efficiency %.1f%%%n",
                    packing.sequences(), packing.sequenceLength(), packing.efficiency() * 100);
        }
        if (megatronPrefix != null) {
            writer.printf("  megatron:   %s.bin / .idx%n", megatronPrefix);
        }
        if (datasetInfo(result) != null) {
            writer.printf("  llama-factory: %s (dataset: %s, dataset_dir: %s)%n", datasetInfo(result),
                    LlamaFactoryDatasetInfo.name(result.out()), result.out().toAbsolutePath().getParent());
        }
        if (result.validationOut() != null) {
            writer.printf("  validation: %s%n", result.validationOut());
        }
        writer.printf("  manifest: %s%n", result.manifest());
        if (hub != null) {
            hub.parquet().forEach(file -> writer.printf("  parquet: %s%n", file));
            writer.printf("  dataset card: %s%s%n", hub.card(), hub.cardNote());
        }
        writer.flush();
    }
}
