package org.trajectorystudio.app.export;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.inference.tokenize.train.ByteLevelBpeTrainer;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportInput;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.render.Renderer;
import org.trajectorystudio.model.export.render.Renderers;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.bench.HeapWatch;
import org.trajectorystudio.persistence.bench.SyntheticTrajectories;

/**
 * Export throughput with an exact HuggingFace tokenizer against that tokenizer's own speed on the same texts, in the
 * same run (design budget: ratio ≥ 0.8). The studio side is a whole {@code cpt-text} export (render, dedup, count,
 * budget, write, manifest); the peer is DJL's {@link HuggingFaceTokenizer#batchEncode} over the rendered texts. Both
 * count the same tokens (checked). Without a tokenizer file, a byte-level BPE is trained on the generated corpus first
 * so that nothing is downloaded. Each side runs after a warm-up; the best of the rounds counts.
 */
public final class ExportBenchmark {
    static {
        org.trajectorystudio.inference.tokenize.DjlOffline.apply(); // the peer is DJL's tokenizer: no call home
    }

    /** Texts per peer batch call: large enough to keep every core busy, small enough not to hold all encodings. */
    static final int PEER_BATCH = 256;
    /** Bytes of the corpus the BPE trainer learns from. */
    static final int TRAINING_BYTES = 4_000_000;

    /** @param tokenizerJson null: train one on the corpus */
    public record Options(double sizeMb, Path tokenizerJson, int merges, int rounds, long seed) {}

    public record Result(double sizeMB, int samples, long tokens, String tokenizer, int vocabulary, double studioSeconds,
                         double studioMBps, double peerSeconds, double peerMBps, double ratio, double idsOnlyMBps,
                         double studioCpuSeconds, double peerCpuSeconds, double heapPeakMB, double heapMaxMB) {}

    private ExportBenchmark() {}

    public static Result run(Options options) throws IOException {
        Path work = Files.createTempDirectory("studio-bench-export-");
        try {
            return run(options, work);
        } finally {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Result run(Options options, Path work) throws IOException {
        Renderer renderer = Renderers.of(ExportFormat.CPT_TEXT, ChatMlTemplate.INSTANCE, 0, false);
        SyntheticTrajectories generator = new SyntheticTrajectories(options.seed());
        List<ExportInput> inputs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long bytes = 0;
        long wanted = (long) (options.sizeMb() * 1_000_000);
        for (long n = 0; bytes < wanted; n++) {
            Sample sample = generator.sample(n);
            if (!seen.add(SampleIds.contentId(sample))) {
                continue;
            }
            String text = renderer.render(sample).text();
            inputs.add(new ExportInput(sample, 1, "bench"));
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        double mb = bytes / 1e6;

        Path tokenizerJson = options.tokenizerJson();
        int vocabulary = -1;
        if (tokenizerJson == null) {
            List<String> corpus = new ArrayList<>();
            long taken = 0;
            for (String text : texts) {
                if (taken >= TRAINING_BYTES) {
                    break;
                }
                corpus.add(text);
                taken += text.length();
            }
            ByteLevelBpeTrainer trained = ByteLevelBpeTrainer.train(corpus, options.merges());
            tokenizerJson = trained.write(work.resolve("tokenizer.json"));
            vocabulary = trained.vocabularySize();
        }

        Path out = work.resolve("bench-export.jsonl");
        ExportPipeline pipeline = new ExportPipeline("bench");
        double studioBest = Double.MAX_VALUE;
        double peerBest = Double.MAX_VALUE;
        double idsOnlyBest = Double.MAX_VALUE;
        double studioCpu = Double.MAX_VALUE;
        double peerCpu = Double.MAX_VALUE;
        double heapPeak = 0;
        long tokens = -1;
        String name;
        try (HfTokenizerCounter counter = HfTokenizerCounter.open(tokenizerJson);
             HuggingFaceTokenizer peer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson)
                     .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build()) {
            name = counter.name();
            ExportProfile profile = ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(counter).build();
            for (int round = 0; round <= options.rounds(); round++) { // round 0 warms up
                System.gc();
                HeapWatch heap = HeapWatch.start();
                long cpu = cpuNanos();
                long start = System.nanoTime();
                ExportResult result = pipeline.run(inputs, profile, out);
                double studioSeconds = (System.nanoTime() - start) / 1e9;
                double studioCpuSeconds = (cpuNanos() - cpu) / 1e9;
                double peakThisRound = heap.stopMB();
                if (result.exported() != texts.size()) {
                    throw new IllegalStateException("the export kept " + result.exported() + " of " + texts.size() + " samples");
                }

                cpu = cpuNanos();
                start = System.nanoTime();
                long peerTokens = peer(peer, texts);
                double peerSeconds = (System.nanoTime() - start) / 1e9;
                double peerCpuSeconds = (cpuNanos() - cpu) / 1e9;
                if (peerTokens != result.tokens()) {
                    throw new IllegalStateException("the export counted " + result.tokens() + " tokens, the tokenizer alone " + peerTokens);
                }
                tokens = peerTokens;

                start = System.nanoTime();
                long idsOnly = idsOnly(counter, texts);
                double idsOnlySeconds = (System.nanoTime() - start) / 1e9;
                if (idsOnly != tokens) {
                    throw new IllegalStateException("the counter alone counted " + idsOnly + " tokens, the tokenizer " + tokens);
                }
                if (round > 0) {
                    studioBest = Math.min(studioBest, studioSeconds);
                    peerBest = Math.min(peerBest, peerSeconds);
                    idsOnlyBest = Math.min(idsOnlyBest, idsOnlySeconds);
                    studioCpu = Math.min(studioCpu, studioCpuSeconds);
                    peerCpu = Math.min(peerCpu, peerCpuSeconds);
                    heapPeak = Math.max(heapPeak, peakThisRound);
                }
            }
        }
        double studioMBps = mb / studioBest;
        double peerMBps = mb / peerBest;
        return new Result(mb, texts.size(), tokens, name, vocabulary, studioBest, studioMBps, peerBest, peerMBps,
                studioMBps / peerMBps, mb / idsOnlyBest, studioCpu, peerCpu, heapPeak, Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** CPU time of the whole process (every thread, the tokenizer's native ones too): less sensitive to a busy machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * A stricter reference than DJL's API: the studio's own counter alone (one native batch call per batch, token ids
     * only, none of the tokens, offsets and masks DJL's {@link Encoding} copies out).
     */
    private static long idsOnly(HfTokenizerCounter counter, List<String> texts) {
        long tokens = 0;
        for (int from = 0; from < texts.size(); from += PEER_BATCH) {
            for (int count : counter.countAll(texts.subList(from, Math.min(texts.size(), from + PEER_BATCH)))) {
                tokens += count;
            }
        }
        return tokens;
    }

    /** The raw tokenizer's own speed: DJL's batch API over the same texts; returns the tokens it produced. */
    private static long peer(HuggingFaceTokenizer tokenizer, List<String> texts) {
        long tokens = 0;
        for (int from = 0; from < texts.size(); from += PEER_BATCH) {
            String[] batch = texts.subList(from, Math.min(texts.size(), from + PEER_BATCH)).toArray(String[]::new);
            for (Encoding encoding : tokenizer.batchEncode(batch, false, false)) {
                tokens += encoding.getIds().length;
            }
        }
        return tokens;
    }
}
