package org.trajectorystudio.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.trajectorystudio.app.ui.task.TaskScope;
import org.trajectorystudio.inference.template.TemplateSpec;
import org.trajectorystudio.inference.tokenize.CloseableTokenCounter;
import org.trajectorystudio.inference.tokenize.TokenizerSpec;
import org.trajectorystudio.model.export.DedupOptions;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.PackingOptions;
import org.trajectorystudio.model.export.render.Renderers;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * One export as the dialog sets it up: the library query its choices select, and the same {@link ExportPipeline} the
 * command line runs. {@link #preview} runs the whole pipeline into a scratch folder (so its counts are exactly the
 * export's) and deletes it; {@link #export} writes the real files, moved into place only when complete. Both run off
 * the FX thread and stop at the next record when the progress is cancelled.
 */
public final class ExportJob {
    /** The packed-sequence separator: Qwen's end-of-text token (the command line packs with it too). */
    public static final String SEPARATOR = PackingOptions.END_OF_TEXT;

    private final Library library;
    private final SampleQuery query;
    private final ExportChoices choices;
    private final String studioVersion;

    /** @param tableQuery the table's current query, used when the choices' scope is the table */
    public ExportJob(Library library, SampleQuery tableQuery, ExportChoices choices, String studioVersion) {
        this.library = library;
        this.choices = choices;
        this.studioVersion = studioVersion;
        this.query = selection(choices.scope() == ExportChoices.Scope.TABLE ? tableQuery : SampleQuery.all(), choices);
    }

    /**
     * What an export (or its preview) did; {@code hub} is null without Parquet; {@code lossMask} is one record's mask,
     * made by a preview only (null otherwise, or when nothing would be exported).
     */
    public record Outcome(ExportResult result, HubDataset.Files hub, double seconds, LossMaskPreview lossMask,
                          Map<String, String> filters) {}

    public SampleQuery query() {
        return query;
    }

    /**
     * The scope narrowed by the dialog's filters. Accepted-only keeps the scope's own verdict filter only where it
     * allows accepted samples; rejected samples are never exported (see {@link LibraryExportInput}).
     */
    static SampleQuery selection(SampleQuery scope, ExportChoices choices) {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        verdicts.addAll(scope.verdicts());
        verdicts.remove(Verdict.REJECTED);
        if (choices.acceptedOnly()) {
            if (!scope.verdicts().isEmpty() && !scope.verdicts().contains(Verdict.ACCEPTED)) {
                throw new IllegalArgumentException("the table shows no accepted samples (its filter is "
                        + scope.verdicts().iterator().next().wireName() + "); untick \"Accepted only\" or export the whole library");
            }
            verdicts = EnumSet.of(Verdict.ACCEPTED);
        } else if (!scope.verdicts().isEmpty() && verdicts.isEmpty()) {
            throw new IllegalArgumentException("the table shows only rejected samples, which are never exported");
        }
        Set<org.trajectorystudio.model.sample.SampleKind> kinds = scope.kinds();
        if (choices.kind() != null) {
            if (!kinds.isEmpty() && !kinds.contains(choices.kind())) {
                throw new IllegalArgumentException("the table shows no " + choices.kind().wireName() + " samples");
            }
            kinds = Set.of(choices.kind());
        }
        Integer minRating = scope.minRating();
        if (choices.minRating() > 0) {
            minRating = minRating == null ? choices.minRating() : Math.max(minRating, choices.minRating());
        }
        return new SampleQuery(scope.datasetId(), kinds, scope.judgments(), verdicts, scope.reviewed(), scope.rated(), minRating,
                scope.maxRating(), scope.labels(), scope.tools(), scope.minTokens(), scope.maxTokens(), scope.annotator(), scope.text(),
                scope.sort(), scope.ids());
    }

    /** The selection as the manifest records it (a dataset by its id and name: reads the library). */
    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("scope", choices.scope().name().toLowerCase(java.util.Locale.ROOT));
        if (query.datasetId() != null) {
            long id = query.datasetId();
            filters.put("dataset", library.datasets().get(id).map(dataset -> id + " (" + dataset.fileName() + ")")
                    .orElse(Long.toString(id)));
        }
        put(filters, "kind", query.kinds().stream().map(kind -> kind.wireName()).sorted().toList());
        put(filters, "verdict", query.verdicts().stream().map(Verdict::wireName).sorted().toList());
        put(filters, "judgment", query.judgments().stream().map(j -> j.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        put(filters, "label", query.labels().stream().sorted().toList());
        put(filters, "tool", query.tools().stream().sorted().toList());
        if (query.minRating() != null) {
            filters.put("minRating", query.minRating().toString());
        }
        if (query.maxRating() != null) {
            filters.put("maxRating", query.maxRating().toString());
        }
        if (query.text() != null) {
            filters.put("text", query.text());
        }
        if (query.reviewed() != null) {
            filters.put("reviewed", query.reviewed().toString());
        }
        if (query.annotator() != null) {
            filters.put("annotator", query.annotator());
        }
        if (query.ids() != null) {
            filters.put("samples", query.ids().size() + " chosen (a review queue)");
        }
        return filters;
    }

    private static void put(Map<String, String> filters, String key, java.util.List<String> values) {
        if (!values.isEmpty()) {
            filters.put(key, String.join(",", values));
        }
    }

    /** Runs the export into a scratch folder, deleted afterwards: the counts and histogram of what would be written. */
    public Outcome preview(TaskScope task) throws IOException {
        Path scratch = Files.createTempDirectory("studio-export-preview-");
        try {
            return run(scratch.resolve("preview.jsonl"), false, true, task);
        } finally {
            delete(scratch);
        }
    }

    /** Writes the training set, its manifest and, when chosen, the Parquet files and dataset card. */
    public Outcome export(TaskScope task) throws IOException {
        return export(Path.of(choices.output()), task);
    }

    /** Writes to {@code out}: the file chosen after the preview, which selects the same records whatever the file. */
    public Outcome export(Path out, TaskScope task) throws IOException {
        ExportTargets.check(library, out, choices.validationFraction() > 0, choices.parquet());
        return run(out, choices.parquet(), false, task);
    }

    private Outcome run(Path out, boolean parquet, boolean preview, TaskScope task) throws IOException {
        long start = System.nanoTime();
        task.report("Opening the tokenizer");
        ChatTemplate template = TemplateSpec.open(choices.template());
        try (CloseableTokenCounter counter = TokenizerSpec.parse(choices.tokenizer()).open()) {
            Map<String, String> filters = filters();
            ExportProfile.Builder builder = ExportProfile.builder(choices.format())
                    .tokenizer(counter)
                    .template(template)
                    .rendering(choices.rendering())
                    .shuffleCandidates(choices.shuffleCandidates())
                    .seed(choices.seed())
                    .dedup(new DedupOptions(choices.maxPerQuestion(),
                            choices.clusterNearDuplicates() ? ExportChoices.NEAR_DUPLICATE_THRESHOLD : 0))
                    .validationFraction(choices.validationFraction())
                    .filters(filters);
            builder.maxTokens(choices.maxTokens().orElse(null)).overBudget(choices.overBudget());
            if (choices.packing()) {
                builder.pack(choices.sequenceLength(), SEPARATOR);
            }
            long total = library.samples().count(query);
            ExportProfile profile = builder.build();
            ExportResult result = new ExportPipeline(studioVersion).run(new LibraryExportInput(library, query), profile, out,
                    steps(task.progress(), total, parquet), task.cancel(), parquet ? parquetStep(task) : ExportPipeline.DerivedFiles.NONE);
            LossMaskPreview lossMask = preview ? LossMaskPreview.of(out, library, Renderers.of(profile), counter) : null;
            HubDataset.Files hub = parquet ? HubDataset.card(result) : null;
            task.report(Progress.share(1, "Done"));
            return new Outcome(result, hub, (System.nanoTime() - start) / 1e9, lossMask, filters);
        }
    }

    private static ExportPipeline.DerivedFiles parquetStep(TaskScope task) {
        return (folder, data) -> {
            task.report(Progress.share(0.95, "Writing Parquet and the dataset card"));
            return HubDataset.parquet().write(folder, data);
        };
    }

    /** Reading takes most of the time (render and count); writing the rest; Parquet, when asked, the last bit. */
    private static ProgressListener steps(ProgressListener window, long total, boolean parquet) {
        double readShare = parquet ? 0.75 : 0.85;
        double writeEnd = parquet ? 0.95 : 1.0;
        return step -> {
            if (step.unit().equals(ExportPipeline.READ_UNIT)) {
                String text = String.format(java.util.Locale.ROOT, "Rendering and counting %,d of %,d samples", step.done(), total);
                window.progress(total <= 0 ? Progress.working(text) : Progress.share(readShare * Math.min(1, (double) step.done() / total), text));
            } else {
                double share = step.total() <= 0 ? 1 : (double) step.done() / step.total();
                window.progress(Progress.share(readShare + (writeEnd - readShare) * share, step.message()));
            }
        };
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder left in the temp dir is harmless
        }
    }
}
