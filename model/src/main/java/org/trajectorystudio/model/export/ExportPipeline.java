package org.trajectorystudio.model.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.trajectorystudio.model.export.budget.BudgetOutcome;
import org.trajectorystudio.model.export.budget.BudgetPolicy;
import org.trajectorystudio.model.export.dedup.ExactDuplicates;
import org.trajectorystudio.model.export.dedup.QuestionClusters;
import org.trajectorystudio.model.export.io.AtomicFile;
import org.trajectorystudio.model.export.io.RecordLines;
import org.trajectorystudio.model.export.io.SpillFile;
import org.trajectorystudio.model.export.manifest.Manifest;
import org.trajectorystudio.model.export.manifest.ManifestWriter;
import org.trajectorystudio.model.export.manifest.TokenHistogram;
import org.trajectorystudio.model.export.pack.PackedLine;
import org.trajectorystudio.model.export.pack.Packer;
import org.trajectorystudio.model.export.pack.Packing;
import org.trajectorystudio.model.export.render.Rendered;
import org.trajectorystudio.model.export.render.Renderer;
import org.trajectorystudio.model.export.render.Renderers;
import org.trajectorystudio.model.export.split.Splitter;
import org.trajectorystudio.model.export.trainer.LlamaFactoryDatasetInfo;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.tokens.TokenCounter;

/**
 * Writes a training set and its manifest from a stream of samples.
 *
 * <p>Pass 1 streams the input: skip kinds the format cannot express, drop exact duplicates (content id, then rendered
 * record), render (each batch in parallel), count tokens in batches (on counting threads, while the next batch
 * renders), apply the budget, and park each kept line in a spill file. Pass 2 joins near-identical questions into clusters, applies the per-question limit, splits train/validation by cluster, packs if
 * asked, and writes every file to a temporary file moved into place at the end (the manifest last). Everything is
 * ordered by input order or by seeded stable hashes, never by hash-map order or time, so the same input, profile and
 * seed give byte-identical files. A cancelled or failed export leaves no file behind and changes none.
 */
public final class ExportPipeline {
    /** Texts counted per tokenizer call: batch encoding is much faster than one call per text. */
    private static final int BATCH = 64;
    private static final int PROGRESS_EVERY = 256;

    private final String studioVersion;

    public ExportPipeline(String studioVersion) {
        this.studioVersion = Objects.requireNonNull(studioVersion, "studioVersion");
    }

    /** The validation file next to {@code out}: {@code set.jsonl} → {@code set.validation.jsonl}. */
    public static Path validationPath(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling(dot > 0 ? name.substring(0, dot) + ".validation" + name.substring(dot) : name + ".validation");
    }

    /** {@code FILE.manifest.json}. */
    public static Path manifestPath(Path out) {
        return out.resolveSibling(out.getFileName() + ".manifest.json");
    }

    /**
     * Files made from the committed data files before the manifest is written (Parquet, a dataset card): the
     * manifest, written last, then lists and hashes them too, so a manifest on disk still means every file is complete.
     */
    @FunctionalInterface
    public interface DerivedFiles {
        /**
         * @param folder where the data files are
         * @param data the data files in place (train, then validation), each with its hash
         * @return what was written, each with its hash
         */
        List<Manifest.Output> write(Path folder, List<Manifest.Output> data) throws IOException;

        DerivedFiles NONE = (folder, data) -> List.of();
    }

    /** The unit of the first pass's {@link Progress} (samples read, rendered and counted; the total is not known). */
    public static final String READ_UNIT = "samples";
    /** The unit of the second pass's {@link Progress} (records written of those kept). */
    public static final String WRITE_UNIT = "records";

    /** Without progress or cancel: a command line or a test. */
    public ExportResult run(Iterable<ExportInput> input, ExportProfile profile, Path out) throws IOException {
        return run(input, profile, out, ProgressListener.NONE, new CancelToken(), DerivedFiles.NONE);
    }

    /** Reports to {@code progress} on the exporting thread; {@code cancel} stops it at the next record. */
    public ExportResult run(Iterable<ExportInput> input, ExportProfile profile, Path out, ProgressListener progress,
                            CancelToken cancel, DerivedFiles derived) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder; give the output file's name");
        }
        // Two counting threads: the batch sent last starts while the one before finishes its longest texts, so the
        // tokenizer's own thread pool never idles on a batch's tail (counters are thread-safe; results are used in order).
        ExecutorService counting = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "export-token-count");
            thread.setDaemon(true);
            return thread;
        });
        try (SpillFile spill = new SpillFile(target.getParent())) {
            Run run = new Run(profile, spill, progress, cancel, counting);
            for (ExportInput item : input) {
                run.offer(item);
            }
            run.finish();
            return run.write(target, derived);
        } finally {
            counting.shutdownNow();
        }
    }

    /** One record kept by pass 1, its line parked in the spill file. */
    private record Kept(String id, int revision, String dataset, int tokens, boolean truncated, boolean finalAnswerLost,
                        int question, long offset, int length) {}

    private record Pending(ExportInput input, Rendered full, byte[] body) {}

    private static final class Source {
        long read;
        long exported;
    }

    private final class Run {
        private final ExportProfile profile;
        private final SpillFile spill;
        private final ProgressListener progress;
        private final CancelToken cancel;
        private final Renderer renderer;
        private final TokenCounter counter;
        private final BudgetPolicy budget;
        private final int separatorTokens;
        private final ExactDuplicates exact = new ExactDuplicates();
        private final QuestionClusters questions;
        private final ExecutorService counting;
        private List<ExportInput> incoming = new ArrayList<>(BATCH);
        private List<Pending> inFlight = List.of();
        private Future<int[]> inFlightTokens;
        private final List<Kept> kept = new ArrayList<>();
        private final List<Manifest.Removed> removed = new ArrayList<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private long read;
        private long cutBeforeNotExecuted;
        private long skipped;
        private long exactDuplicates;
        private long dropped;

        Run(ExportProfile profile, SpillFile spill, ProgressListener progress, CancelToken cancel, ExecutorService counting) {
            this.profile = profile;
            this.counting = counting;
            this.spill = spill;
            this.progress = progress;
            this.cancel = cancel;
            this.renderer = Renderers.of(profile);
            this.counter = profile.tokenizer();
            this.questions = new QuestionClusters(profile.dedup().nearDuplicateThreshold(), profile.seed());
            PackingOptions packing = profile.packing();
            this.separatorTokens = packing != null && profile.format() != ExportFormat.CHAT ? counter.count(packing.separator()) : 0;
            this.budget = packing == null ? profile.budget() : packedBudget(profile.budget(), packing, separatorTokens);
        }

        /** A packed record must fit one sequence together with its separator. */
        private static BudgetPolicy packedBudget(BudgetPolicy budget, PackingOptions packing, int separatorTokens) {
            int room = packing.sequenceLength() - separatorTokens;
            if (room < 1) {
                throw new IllegalArgumentException("sequence length " + packing.sequenceLength() + " leaves no room beside the separator");
            }
            return new BudgetPolicy(Math.min(budget.maxTokens(), room), budget.overBudget());
        }

        void offer(ExportInput item) throws IOException {
            if (cancel.isCancelled()) {
                throw new ExportCancelledException();
            }
            read++;
            if (item.cutBeforeNotExecuted()) {
                cutBeforeNotExecuted++;
            }
            sources.computeIfAbsent(item.datasetHash(), hash -> new Source()).read++;
            if (read % PROGRESS_EVERY == 0) {
                progress.progress(new Progress(read, -1, READ_UNIT, String.format(Locale.ROOT, "Read %,d samples", read)));
            }
            incoming.add(item);
            if (incoming.size() == BATCH) {
                flush();
            }
        }

        /** A sample rendered off the exporting thread; {@code full} is null for a kind the format cannot express. */
        private record Prepared(ExportInput input, String contentId, Rendered full, byte[] body) {}

        private Prepared prepare(ExportInput item) {
            Sample sample = item.sample();
            if (!renderer.accepts(sample)) {
                return new Prepared(item, null, null, null);
            }
            Rendered full = renderer.render(sample);
            return new Prepared(item, SampleIds.contentId(sample), full, RecordLines.body(full.body()));
        }

        private void duplicate(ExportInput item) {
            exactDuplicates++;
            removed.add(new Manifest.Removed(item.sample().id(), item.revision(), "exact duplicate"));
        }

        /**
         * Renders the incoming batch in parallel (pure work), then, in input order, skips, removes exact duplicates
         * and sends the rest to the tokenizer in one call on the counting thread; meanwhile it finishes the batch sent
         * before, so the next batch renders while this one is counted. Batches are finished in input order, and
         * every order-dependent step (first-seen duplicates, manifest entries) runs on this thread in input order.
         */
        void flush() throws IOException {
            if (incoming.isEmpty()) {
                return;
            }
            List<ExportInput> items = incoming;
            incoming = new ArrayList<>(BATCH);
            List<Prepared> prepared = items.size() == 1 ? List.of(prepare(items.getFirst()))
                    : items.parallelStream().map(this::prepare).toList();
            List<Pending> batch = new ArrayList<>(prepared.size());
            for (Prepared p : prepared) {
                Sample sample = p.input().sample();
                if (p.full() == null) {
                    skipped++;
                    removed.add(new Manifest.Removed(sample.id(), p.input().revision(),
                            "skipped: a " + sample.kind().wireName() + " sample has no " + profile.format().wireName() + " form"));
                } else if (!exact.firstContent(p.contentId()) || !exact.firstRendering(p.body())) {
                    duplicate(p.input());
                } else {
                    batch.add(new Pending(p.input(), p.full(), p.body()));
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            List<String> texts = batch.stream().map(p -> p.full().text()).toList();
            Future<int[]> tokens = counting.submit(() -> counter.countAll(texts));
            drain();
            inFlight = batch;
            inFlightTokens = tokens;
        }

        void finish() throws IOException {
            flush();
            drain();
        }

        /** Applies the budget to the batch whose counts are in flight. */
        private void drain() throws IOException {
            if (inFlightTokens == null) {
                return;
            }
            int[] tokens;
            try {
                tokens = inFlightTokens.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExportCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IOException("counting tokens failed: " + e.getCause(), e.getCause());
            }
            List<Pending> batch = inFlight;
            inFlight = List.of();
            inFlightTokens = null;
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                Sample sample = p.input().sample();
                switch (budget.apply(sample, p.full(), tokens[i], renderer, counter)) {
                    case BudgetOutcome.Fits fits -> keep(p.input(), p.body(), fits.tokens(), false, false);
                    case BudgetOutcome.Truncated cut -> keep(p.input(), RecordLines.body(cut.rendered().body()), cut.tokens(), true,
                            cut.finalAnswerLost());
                    case BudgetOutcome.Dropped drop -> {
                        dropped++;
                        removed.add(new Manifest.Removed(sample.id(), p.input().revision(), "over budget: " + drop.reason()));
                    }
                }
            }
        }

        private void keep(ExportInput item, byte[] body, int tokens, boolean truncated, boolean finalAnswerLost) throws IOException {
            byte[] line = RecordLines.line(item.sample().id(), body, truncated);
            long offset = spill.append(line);
            int question = questions.add(item.sample().question());
            kept.add(new Kept(item.sample().id(), item.revision(), item.datasetHash(), tokens, truncated, finalAnswerLost,
                    question, offset, line.length));
        }

        ExportResult write(Path target, DerivedFiles derived) throws IOException {
            // Per-question limit, by cluster, in input order.
            int limit = profile.dedup().maxPerQuestion();
            Map<Integer, Integer> perCluster = new HashMap<>();
            List<Kept> exported = new ArrayList<>();
            long overLimit = 0;
            for (Kept record : kept) {
                int cluster = questions.cluster(record.question());
                if (limit > 0 && perCluster.merge(cluster, 1, Integer::sum) > limit) {
                    overLimit++;
                    removed.add(new Manifest.Removed(record.id(), record.revision(), "over the limit of " + limit + " per question"));
                } else {
                    exported.add(record);
                }
            }
            int[] clusterOf = exported.stream().mapToInt(record -> questions.cluster(record.question())).toArray();
            boolean[] validation = Splitter.validation(clusterOf, questions::question, profile.validationFraction(), profile.seed());

            List<Kept> train = new ArrayList<>();
            List<Kept> valid = new ArrayList<>();
            for (int i = 0; i < exported.size(); i++) {
                (validation[i] ? valid : train).add(exported.get(i));
            }
            Path validationTarget = profile.validationFraction() > 0 ? validationPath(target) : null;
            Path manifestTarget = manifestPath(target);

            List<Manifest.Output> outputs = new ArrayList<>();
            List<AtomicFile> files = new ArrayList<>();
            PackingTotals packingTotals = new PackingTotals();
            try {
                AtomicFile trainFile = new AtomicFile(target);
                files.add(trainFile);
                Manifest.Output trainOutput = writeSplit(trainFile, "train", train, packingTotals, exported.size(), 0);
                AtomicFile validFile = null;
                if (validationTarget != null) {
                    validFile = new AtomicFile(validationTarget);
                    files.add(validFile);
                }
                Manifest.Output validOutput = validFile == null ? null
                        : writeSplit(validFile, "validation", valid, packingTotals, exported.size(), train.size());
                // Commit data files first and the manifest last: a manifest on disk means its files are complete.
                // A cancel from here on says which files it leaves (the data files are in place, the manifest is not).
                List<Path> written = new ArrayList<>();
                outputs.add(withHash(trainOutput, trainFile.commit()));
                written.add(target);
                if (validFile != null) {
                    outputs.add(withHash(validOutput, validFile.commit()));
                    written.add(validationTarget);
                }
                cancelledAfter(written);
                for (Manifest.Output file : derived.write(target.getParent(), List.copyOf(outputs))) {
                    outputs.add(file);
                    written.add(target.resolveSibling(file.file()));
                }
                cancelledAfter(written);
                if (profile.format() == ExportFormat.SHAREGPT) {
                    LlamaFactoryDatasetInfo.write(target, validationTarget);
                }
                Manifest manifest = manifest(exported, validation, overLimit, outputs, packingTotals);
                try (AtomicFile manifestFile = new AtomicFile(manifestTarget)) {
                    manifestFile.write(ManifestWriter.write(manifest));
                    manifestFile.commit();
                }
                Manifest.Counts counts = manifest.counts();
                return new ExportResult(read, counts.exported(), dropped, counts.truncated(), counts.deduplicated(), skipped,
                        manifest.tokens().total(), target, validationTarget, manifestTarget, manifest);
            } finally {
                for (AtomicFile file : files) {
                    file.close();
                }
            }
        }

        private Manifest.Output withHash(Manifest.Output output, String sha256) {
            return new Manifest.Output(output.file(), output.split(), output.lines(), output.records(), sha256);
        }

        private Manifest.Output writeSplit(AtomicFile file, String split, List<Kept> records, PackingTotals totals, long all, long before)
                throws IOException {
            PackingOptions packing = profile.packing();
            long lines = 0;
            if (packing == null) {
                for (int i = 0; i < records.size(); i++) {
                    checkCancelled(before + i, all);
                    Kept record = records.get(i);
                    file.write(spill.read(record.offset(), record.length()));
                }
                lines = records.size();
            } else {
                int[] sizes = records.stream().mapToInt(record -> record.tokens() + separatorTokens).toArray();
                Packing packed = Packer.firstFitDecreasing(sizes, packing.sequenceLength());
                int done = 0;
                for (int[] bin : packed.bins()) {
                    checkCancelled(before + done, all);
                    file.write(packLine(records, bin, packing.separator()));
                    done += bin.length;
                }
                lines = packed.bins().size();
                totals.add(packed);
            }
            return new Manifest.Output(file.target().getFileName().toString(), split, lines, records.size(), null);
        }

        private void cancelledAfter(List<Path> written) {
            if (cancel.isCancelled()) {
                throw new ExportCancelledException(written);
            }
        }

        private void checkCancelled(long done, long all) {
            if (cancel.isCancelled()) {
                throw new ExportCancelledException();
            }
            if (done % PROGRESS_EVERY == 0) {
                progress.progress(new Progress(done, all, WRITE_UNIT, String.format(Locale.ROOT, "Writing %,d of %,d records", done, all)));
            }
        }

        /** A packed sequence of the records in {@code bin}, written by {@link PackedLine}. */
        private byte[] packLine(List<Kept> records, int[] bin, String separator) throws IOException {
            List<PackedLine.Member> members = new ArrayList<>(bin.length);
            for (int index : bin) {
                Kept record = records.get(index);
                members.add(new PackedLine.Member(record.id(), record.tokens(), record.truncated(),
                        Json.MAPPER.readTree(spill.read(record.offset(), record.length()))));
            }
            return PackedLine.of(profile.format(), members, separator, separatorTokens);
        }

        private Manifest manifest(List<Kept> exported, boolean[] validation, long overLimit, List<Manifest.Output> outputs,
                                  PackingTotals packingTotals) {
            TokenHistogram histogram = new TokenHistogram();
            List<Manifest.Entry> entries = new ArrayList<>(exported.size());
            Set<Integer> distinct = new HashSet<>();
            Set<Integer> clusters = new HashSet<>();
            long truncated = 0;
            long withoutAnswer = 0;
            long validCount = 0;
            for (int i = 0; i < exported.size(); i++) {
                Kept record = exported.get(i);
                histogram.add(record.tokens());
                distinct.add(record.question());
                clusters.add(questions.cluster(record.question()));
                sources.get(record.dataset()).exported++;
                if (record.truncated()) {
                    truncated++;
                    if (record.finalAnswerLost()) {
                        withoutAnswer++;
                    }
                }
                if (validation[i]) {
                    validCount++;
                }
                entries.add(new Manifest.Entry(record.id(), record.revision(), record.dataset(), validation[i] ? "validation" : "train",
                        record.tokens(), record.truncated(), record.finalAnswerLost()));
            }
            Manifest.Profile profileSummary = Manifest.Profile.of(profile);
            Manifest.Counts counts = new Manifest.Counts(read, exported.size(), exported.size() - validCount, validCount, dropped,
                    truncated, withoutAnswer, exactDuplicates + overLimit, exactDuplicates, overLimit, skipped, cutBeforeNotExecuted);
            PackingOptions packing = profile.packing();
            Manifest.PackingSummary packingSummary = packing == null ? null
                    : new Manifest.PackingSummary(packing.sequenceLength(), packing.separator(), separatorTokens, packingTotals.sequences,
                            packingTotals.used, packingTotals.efficiency(packing.sequenceLength()));
            List<Manifest.Source> sourceList = sources.entrySet().stream()
                    .map(entry -> new Manifest.Source(entry.getKey(), entry.getValue().read, entry.getValue().exported)).toList();
            return new Manifest(studioVersion, profileSummary, profile.filters(),
                    new Manifest.Tokenizer(counter.name(), counter.exact()), profile.template().identity(), counts,
                    histogram.summary(), packingSummary, new Manifest.Questions(distinct.size(), clusters.size()), outputs,
                    sourceList, entries, removed);
        }
    }

    /** Sequences and used tokens over both splits. */
    private static final class PackingTotals {
        long sequences;
        long used;

        void add(Packing packing) {
            sequences += packing.bins().size();
            used += packing.usedTokens();
        }

        double efficiency(int sequenceLength) {
            return sequences == 0 ? 1.0 : (double) used / ((double) sequences * sequenceLength);
        }
    }
}
