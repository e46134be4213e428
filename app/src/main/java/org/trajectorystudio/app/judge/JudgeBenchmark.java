package org.trajectorystudio.app.judge;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.inference.engine.EndpointSettings;
import org.trajectorystudio.inference.engine.OpenAiCompatibleEngine;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.judge.Rubrics;
import org.trajectorystudio.persistence.bench.SyntheticTrajectories;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * {@code bench judge}: samples judged per second with one request at a time and with N at once, against a loopback
 * OpenAI-compatible server that waits a fixed delay before each answer (a GPU server's latency stands in for it),
 * on the same library and samples in the same run. Each side logs under its own judge name, so neither skips work.
 */
public final class JudgeBenchmark {
    public record Result(int samples, long delayMs, int concurrency, double serialPerSecond, double concurrentPerSecond,
            int serialJudged, int concurrentJudged) {
        public double ratio() {
            return concurrentPerSecond / serialPerSecond;
        }
    }

    private JudgeBenchmark() {}

    public static Result run(Path work, int samples, long delayMs, int concurrency) throws IOException {
        SyntheticTrajectories generator = new SyntheticTrajectories(18);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            lines.add(StudioCodec.write(generator.sample(i)));
        }
        Path input = java.nio.file.Files.write(work.resolve("judge-bench.jsonl"), lines, StandardCharsets.UTF_8);
        HttpServer server = server(delayMs);
        try (Library library = Library.open(work.resolve("library"))) {
            library.importFile(input);
            List<String> ids = JudgeRun.select(library, SampleQuery.all(), samples);
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            JudgeRun.Outcome serial = judge(library, url, "bench-serial", ids, 1);
            JudgeRun.Outcome concurrent = judge(library, url, "bench-concurrent", ids, concurrency);
            return new Result(ids.size(), delayMs, concurrency, perSecond(serial), perSecond(concurrent),
                    serial.judged(), concurrent.judged());
        } finally {
            server.stop(0);
        }
    }

    private static JudgeRun.Outcome judge(Library library, String url, String model, List<String> ids, int concurrency) {
        try (OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(EndpointSettings.of(url, model))) {
            return new JudgeRun(library, engine, model, Rubrics.ANSWER_CORRECT).run(ids, concurrency, progress -> {}, new CancelToken());
        }
    }

    private static double perSecond(JudgeRun.Outcome outcome) {
        return outcome.judged() / (outcome.elapsed().toNanos() / 1e9);
    }

    /** Streams "VERDICT: correct" after the delay, to any number of requests at once. */
    private static HttpServer server(long delayMs) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory()));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"VERDICT: correct\"},\"finish_reason\":null}]}\n\n"
                        + "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                        + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        return server;
    }
}
