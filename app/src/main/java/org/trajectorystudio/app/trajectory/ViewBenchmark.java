package org.trajectorystudio.app.trajectory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;
import org.trajectorystudio.model.tokens.SampleTokens;
import org.trajectorystudio.model.tokens.TokenBreakdown;

/**
 * How long a long trajectory takes from "selected" to "shown": outline and token breakdown (background work), then
 * tree, budget bar and the detail of its largest node laid out on the FX thread. Runs on JavaFX's headless platform.
 */
public final class ViewBenchmark {

    /** @param medianMillis of the full path; backgroundMillis and fxMillis split it */
    public record Result(int steps, int tokens, int largestNodeChars, int runs, double medianMillis, double p95Millis,
            double backgroundMillis, double fxMillis, int bigResponseChars, double bigResponseMedianMillis) {}

    /** The size of tool response the detail pane must stay smooth on. */
    public static final int BIG_RESPONSE_CHARS = 500_000;

    private ViewBenchmark() {}

    public static Result run(int steps, int targetTokens, int runs) throws Exception {
        Sample sample = longTrajectory(steps, targetTokens, targetTokens * 4 / steps);
        // Markdown-heavy results count more tokens per character than prose: rescale once to land near the target.
        int first = SampleTokens.approximateTotal(sample);
        sample = longTrajectory(steps, targetTokens, (int) ((long) targetTokens * 4 / steps * targetTokens / Math.max(1, first)));
        int tokens = SampleTokens.approximateTotal(sample);
        startHeadlessToolkit();
        Stage[] stage = new Stage[1];
        TrajectoryPane[] pane = new TrajectoryPane[1];
        onFx(() -> {
            pane[0] = new TrajectoryPane();
            stage[0] = new Stage();
            stage[0].setScene(new Scene(pane[0], 1280, 800));
            stage[0].show();
        });
        double[] total = new double[runs];
        double[] background = new double[runs];
        double[] fx = new double[runs];
        int largest = 0;
        for (int run = 0; run < runs + 3; run++) { // the first three warm the JIT and are not counted
            long start = System.nanoTime();
            OutlineNode outline = OutlineBuilder.build(sample);
            TokenBreakdown breakdown = SampleTokens.breakdown(sample, ApproximateTokenCounter.INSTANCE);
            long built = System.nanoTime();
            OutlineNode biggest = outline.flatten().max((a, b) -> Integer.compare(a.detail().length(), b.detail().length())).orElseThrow();
            largest = biggest.detail().length();
            onFx(() -> {
                pane[0].show(outline, breakdown, false);
                pane[0].tree().expandAll();
                pane[0].tree().getSelectionModel().select(pane[0].tree().getRoot().getChildren().stream()
                        .filter(item -> item.getValue() == biggest).findFirst().orElse(pane[0].tree().getRoot()));
                pane[0].applyCss();
                pane[0].layout();
            });
            long shown = System.nanoTime();
            if (run >= 3) {
                total[run - 3] = (shown - start) / 1e6;
                background[run - 3] = (built - start) / 1e6;
                fx[run - 3] = (shown - built) / 1e6;
            }
        }
        String big = searchResults(0, BIG_RESPONSE_CHARS);
        double[] bigTimes = new double[runs];
        for (int run = 0; run < runs + 3; run++) {
            long start = System.nanoTime();
            onFx(() -> {
                pane[0].detail().show(big, org.trajectorystudio.app.detail.TrajectoryHighlighter.spans(big));
                pane[0].applyCss();
                pane[0].layout();
            });
            if (run >= 3) {
                bigTimes[run - 3] = (System.nanoTime() - start) / 1e6;
            }
        }
        onFx(() -> stage[0].close());
        return new Result(steps, tokens, largest, runs, percentile(total, 50), percentile(total, 95),
                percentile(background, 50), percentile(fx, 50), big.length(), percentile(bigTimes, 50));
    }

    /** A trajectory of {@code steps} search steps whose responses fill it to about {@code targetTokens}. */
    static Sample longTrajectory(int steps, int targetTokens, int charsPerResponse) {
        int responseChars = Math.max(200, charsPerResponse);
        List<Step> list = new ArrayList<>(steps);
        for (int i = 0; i < steps - 1; i++) {
            String response = searchResults(i, responseChars);
            list.add(Step.of("Step " + i + ": narrow the search using what the last results said.",
                    new ToolCalls(List.of(ToolCall.parsed("c" + i, "search", Json.MAPPER.readTree("{\"query\":[\"query " + i + "\",\"alt " + i + "\"]}")))),
                    response));
        }
        list.add(Step.of("Enough evidence.", new FinalAnswer("The answer."), null));
        return new Sample("bench-long", SampleKind.TRAJECTORY, "A long research question?", null, null, List.of(), List.of(),
                list, Judgment.UNKNOWN, Map.of());
    }

    /** Search-result text like the real tool's, about {@code chars} long. */
    static String searchResults(int step, int chars) {
        StringBuilder response = new StringBuilder("A Google search for 'query " + step + "' found 10 results:\n\n## Web Results\n");
        for (int r = 1; response.length() < chars; r++) {
            response.append(r).append(". [Result ").append(r).append(" for step ").append(step)
                    .append("](https://en.wikipedia.org/wiki/Page_").append(step).append('_').append(r)
                    .append(")\nA snippet about the subject of step ").append(step).append(" with dates, names and places ").append(r).append(".\n");
        }
        return response.toString();
    }

    private static void startHeadlessToolkit() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX did not start: " + e.getMessage(), e);
        }
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, index)] * 10) / 10.0;
    }
}
