package org.trajectorystudio.persistence.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SamplePage;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.Sort;
import org.trajectorystudio.persistence.query.SortColumn;

/**
 * The window's library questions on a big library: how long opening it and showing the first page (200 rows and the
 * total) takes, and the p95 of the filtered first pages the table asks for. Samples are small (a few hundred bytes)
 * so that a million of them build in minutes; their count, not their size, is what these queries feel.
 */
public final class BrowseBenchmark {
    public static final int PAGE = 200;
    private static final int REPEATS = 20;
    private static final String[] WORDS = ("derby horse race winner museum river city author novel film award team player election"
            + " company founder market energy climate island mountain temple empire battle treaty painting composer").split(" ");

    /**
     * @param queryP95Millis per named query: p95 of its first page (the budget: the window shows it at once)
     * @param countP95Millis per named query: p95 of its exact total (the window shows it when it arrives)
     * @param worstP95Millis the slowest first page
     * @param indexSeconds how long the search indexer took to catch up after the build (0 when it had already)
     * @param samplesPerSecond the indexer's rate over that time (samples added to the Lucene index per second)
     */
    public record Result(long samples, double buildSeconds, double openMillis, double firstPageMillis,
            Map<String, Double> queryP95Millis, Map<String, Double> countP95Millis, double worstP95Millis,
            double indexSeconds, double samplesPerSecond) {}

    private BrowseBenchmark() {}

    public static Result run(long samples, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve("browse.jsonl");
            Path libraryDir = workDir.resolve("library");
            long start = System.nanoTime();
            // -Dstudio.bench.reuse=true measures a library an earlier run left in workDir again (while tuning).
            if (!(Boolean.getBoolean("studio.bench.reuse") && Files.isDirectory(libraryDir))) {
                List<String> curated = write(file, samples);
                try (Library library = Library.open(libraryDir)) {
                    library.importFile(file);
                    curate(library, curated);
                }
            }
            double buildSeconds = (System.nanoTime() - start) / 1e9;

            long openStart = System.nanoTime();
            try (Library library = Library.open(libraryDir)) {
                long opened = System.nanoTime();
                SamplePage first = library.samples().page(SampleQuery.all(), PAGE);
                long total = library.samples().count(SampleQuery.all());
                long shown = System.nanoTime();
                if (first.rows().isEmpty() || total != samples) {
                    throw new IllegalStateException("the library holds " + total + " samples, expected " + samples);
                }
                // Text search finds only indexed samples: let the indexer catch up first, and time it.
                boolean behind = library.search().backlog() > 0;
                library.search().awaitCaughtUp();
                double indexSeconds = behind ? (System.nanoTime() - opened) / 1e9 : 0; // it starts when the library opens
                long indexedSamples = library.search().samplesIndexed();
                Map<String, Double> pages = new LinkedHashMap<>();
                Map<String, Double> counts = new LinkedHashMap<>();
                queries().forEach((name, query) -> {
                    pages.put(name, p95Millis(library, () -> library.samples().page(query, PAGE)));
                    counts.put(name, p95Millis(library, () -> library.samples().count(query)));
                });
                double worst = pages.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                return new Result(samples, round(buildSeconds), round((opened - openStart) / 1e6),
                        round((shown - openStart) / 1e6), pages, counts, worst, round(indexSeconds),
                        indexSeconds > 0.5 ? Math.round(indexedSamples / indexSeconds) : 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first pages the window asks for: sources, chips, queues and column sorts. */
    static Map<String, SampleQuery> queries() {
        Map<String, SampleQuery> queries = new LinkedHashMap<>();
        queries.put("all", SampleQuery.all());
        queries.put("kind=has_decision", SampleQuery.builder().kind(SampleKind.HAS_DECISION).build());
        queries.put("judgment=incorrect", SampleQuery.builder().judgment(Judgment.INCORRECT).build());
        queries.put("unrated HAS", SampleQuery.builder().kind(SampleKind.HAS_DECISION).rated(false).build());
        queries.put("verdict=accepted", SampleQuery.builder().verdict(Verdict.ACCEPTED).build());
        queries.put("rating>=4", SampleQuery.builder().rating(4, 5).build());
        queries.put("label=gold", SampleQuery.builder().label("gold").build());
        queries.put("tool=visit", SampleQuery.builder().tool("visit").build());
        queries.put("tokens 100..200", SampleQuery.builder().tokens(100, 200).build());
        queries.put("sort tokens desc", SampleQuery.builder().sort(Sort.descending(SortColumn.TOKENS)).build());
        queries.put("sort steps asc", SampleQuery.builder().sort(Sort.ascending(SortColumn.STEPS)).build());
        // Text: a word in most samples, two common words, a word in one sample (each question has its number), and
        // a common word with a rare one, alone and with a chip.
        queries.put("text: river", SampleQuery.builder().text("river").build());
        queries.put("text: museum river", SampleQuery.builder().text("museum river").build());
        queries.put("text: q4242 (rare)", SampleQuery.builder().text("q4242").build());
        queries.put("text: derby q777", SampleQuery.builder().text("derby q777").build());
        queries.put("text: river + HAS", SampleQuery.builder().text("river").kind(SampleKind.HAS_DECISION).build());
        return queries;
    }

    private static double p95Millis(Library library, Runnable work) {
        double[] times = new double[REPEATS];
        for (int i = 0; i < REPEATS + 2; i++) { // two warm-up rounds
            // H2 hands back the previous result of an identical query while no data changed; a window's queries
            // follow edits and other queries, so each repeat comes after a small write, as it would there.
            library.settings().set("bench.round", Integer.toString(i));
            long start = System.nanoTime();
            work.run();
            if (i >= 2) {
                times[i - 2] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return round(times[(int) Math.ceil(0.95 * REPEATS) - 1]);
    }

    /** Writes the samples and returns the ids of the ones to curate (one in 500). */
    private static List<String> write(Path file, long samples) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<String> curated = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long n = 0; n < samples; n++) {
                Sample sample = sample(n, random);
                out.write(StudioCodec.write(sample));
                out.write('\n');
                if (n % 500 == 0) {
                    curated.add(sample.id());
                }
            }
        }
        return curated;
    }

    private static Sample sample(long n, SplittableRandom random) {
        SampleKind kind = SampleKind.values()[random.nextInt(SampleKind.values().length)];
        String question = "Q" + n + ": which " + word(random) + " of the " + word(random) + " " + word(random) + "?";
        List<Step> steps = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String tool = random.nextInt(5) == 0 ? "visit" : "search";
            ToolCalls call = new ToolCalls(List.of(ToolCall.parsed("c" + i, tool,
                    Json.MAPPER.readTree("{\"query\":[\"" + word(random) + " " + word(random) + "\"]}"))));
            if (kind == SampleKind.HAS_DECISION) {
                steps.add(new Step(null, null, "result " + word(random), List.of(new Candidate("try " + word(random), call),
                        new Candidate(null, new FinalAnswer(word(random)))), 0, Map.of()));
            } else {
                steps.add(Step.of("look up " + word(random), call, "result " + " ".repeat(random.nextInt(400)) + word(random)));
            }
        }
        steps.add(Step.of(null, new FinalAnswer(word(random)), null));
        return new Sample("b" + n, kind, question, null, null, List.of(), List.of(), steps,
                Judgment.values()[random.nextInt(2)], Map.of());
    }

    private static void curate(Library library, List<String> ids) {
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            library.curation().verdict(id, verdicts[i % verdicts.length]);
            library.curation().rate(RatingTarget.sample(id), 1 + i % 5);
            if (i % 2 == 0) {
                library.curation().addLabel(id, "gold");
            }
        }
    }

    private static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
