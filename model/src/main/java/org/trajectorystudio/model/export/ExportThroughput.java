package org.trajectorystudio.model.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.export.render.Renderer;
import org.trajectorystudio.model.export.render.Renderers;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.tokens.TokenCounter;

/**
 * Measures the export path against the bare tokenizer on the same texts (design budget: export with an exact
 * tokenizer at ≥ 0.8 × the tokenizer's own speed). Not a test: {@code bench export} calls it and reports the ratio.
 * Each side runs {@code rounds} times after one warm-up and keeps its best time.
 */
public final class ExportThroughput {
    private static final int BATCH = 64;

    private ExportThroughput() {}

    /**
     * @param samples distinct samples the format accepts (duplicates are left out of both sides)
     * @param exportTokensPerSecond tokens of the rendered records over the time of a whole export (render, dedup,
     *     count, budget, write, manifest)
     * @param tokenizerTokensPerSecond the same tokens over the time the counter alone takes on the same texts, in the
     *     same batches
     * @param ratio export speed over tokenizer speed
     */
    public record Result(int samples, long tokens, double exportSeconds, double tokenizerSeconds,
                         double exportTokensPerSecond, double tokenizerTokensPerSecond, double ratio) {}

    public static Result measure(List<Sample> samples, ExportProfile profile, Path workFolder, int rounds) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        Renderer renderer = Renderers.of(profile);
        // Both sides must do the same work: duplicates would be removed by the export but counted by the bare tokenizer.
        List<Sample> distinct = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> texts = new ArrayList<>();
        for (Sample sample : samples) {
            if (renderer.accepts(sample) && seen.add(org.trajectorystudio.model.sample.SampleIds.contentId(sample))) {
                distinct.add(sample);
                texts.add(renderer.render(sample).text());
            }
        }
        TokenCounter counter = profile.tokenizer();
        long tokens = 0;
        for (int count : counter.countAll(texts)) {
            tokens += count;
        }
        List<ExportInput> inputs = distinct.stream().map(sample -> new ExportInput(sample, 1, "bench")).toList();
        Path out = Files.createDirectories(workFolder).resolve("bench-export.jsonl");
        ExportPipeline pipeline = new ExportPipeline("bench");

        double exportBest = Double.MAX_VALUE;
        double tokenizerBest = Double.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            long start = System.nanoTime();
            ExportResult result = pipeline.run(inputs, profile, out);
            double exportSeconds = (System.nanoTime() - start) / 1e9;
            if (result.exported() != texts.size() || result.tokens() != tokens) {
                throw new IllegalArgumentException("the export kept " + result.exported() + " of " + texts.size()
                        + " samples; measure with distinct samples, no budget and no per-question limit");
            }

            start = System.nanoTime();
            long check = 0;
            for (int from = 0; from < texts.size(); from += BATCH) {
                for (int count : counter.countAll(texts.subList(from, Math.min(texts.size(), from + BATCH)))) {
                    check += count;
                }
            }
            double tokenizerSeconds = (System.nanoTime() - start) / 1e9;
            if (check != tokens) {
                throw new IllegalStateException("the counter is not deterministic: " + check + " then " + tokens + " tokens");
            }
            if (round > 0) {
                exportBest = Math.min(exportBest, exportSeconds);
                tokenizerBest = Math.min(tokenizerBest, tokenizerSeconds);
            }
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(ExportPipeline.manifestPath(out));
        Files.deleteIfExists(ExportPipeline.validationPath(out));
        double exportRate = tokens / exportBest;
        double tokenizerRate = tokens / tokenizerBest;
        return new Result(texts.size(), tokens, exportBest, tokenizerBest, exportRate, tokenizerRate, exportRate / tokenizerRate);
    }
}
