package org.trajectorystudio.inference.engine;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A loopback HTTP server that answers every request with a script, and records what it was sent. Public (and
 * published in inference's test-jar) for the app's preview tests.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    /** What the server does with one exchange. */
    @FunctionalInterface
    public interface Script {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** The exchange attribute holding the request body, already read. */
    public static final String BODY = "fake-openai.body";

    public record Recorded(String method, String path, Headers headers, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    private volatile Script script = exchange -> send(exchange, 500, "no script");
    /** Counts down when a script's write fails because the client went away. */
    final CountDownLatch clientGone = new CountDownLatch(1);

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-openai");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.setAttribute(BODY, body); // a script may answer by what it was asked
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
            try {
                script.answer(exchange);
            } catch (IOException e) {
                clientGone.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void script(Script newScript) {
        script = newScript;
    }

    public Recorded lastRequest() throws InterruptedException {
        return requests.take();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ------------------------------------------------------------------ scripts

    public static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Starts a chunked event stream. */
    public static OutputStream startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    /** Writes one SSE event and flushes it. */
    public static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** A whole stream: each payload as one event, then {@code [DONE]}. */
    public static Script stream(String... payloads) {
        return exchange -> {
            OutputStream out = startStream(exchange);
            for (String payload : payloads) {
                event(out, payload);
            }
            event(out, "[DONE]");
        };
    }

    public static String chatDelta(String content) {
        return "{\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(content) + "},\"finish_reason\":null}]}";
    }

    public static String reasoningDelta(String reasoning) {
        return "{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":" + quote(reasoning) + "}}]}";
    }

    public static String chatFinish(String reason) {
        return "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"" + reason + "\"}]}";
    }

    public static String textDelta(String text) {
        return "{\"object\":\"text_completion\",\"choices\":[{\"index\":0,\"text\":" + quote(text) + ",\"finish_reason\":null}]}";
    }

    public static String usage(int completionTokens) {
        return "{\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" + completionTokens + "}}";
    }

    private static String quote(String text) {
        return org.trajectorystudio.model.json.Json.write(org.trajectorystudio.model.json.Json.MAPPER.getNodeFactory().stringNode(text));
    }

    /** Vectors for the texts of an embeddings request. */
    @FunctionalInterface
    public interface Vectors {
        java.util.List<float[]> of(java.util.List<String> texts) throws Exception;
    }

    /**
     * Answers {@code /v1/embeddings} as OpenAI does ({@code data[]} with {@code index}), listing the items in reverse
     * order so that a client must put them back by index; the vectors come from {@code vectors}.
     */
    public static Script embeddings(Vectors vectors) {
        return exchange -> {
            var request = org.trajectorystudio.model.json.Json.MAPPER.readTree((String) exchange.getAttribute(BODY));
            java.util.List<String> texts = new java.util.ArrayList<>();
            request.path("input").forEach(node -> texts.add(node.asString()));
            java.util.List<float[]> made;
            try {
                made = vectors.of(texts);
            } catch (Exception e) {
                send(exchange, 500, "{\"error\":{\"message\":\"" + e.getClass().getSimpleName() + "\"}}");
                return;
            }
            StringBuilder body = new StringBuilder("{\"object\":\"list\",\"data\":[");
            for (int i = made.size() - 1; i >= 0; i--) {
                body.append("{\"object\":\"embedding\",\"index\":").append(i).append(",\"embedding\":[");
                float[] vector = made.get(i);
                for (int j = 0; j < vector.length; j++) {
                    body.append(j == 0 ? "" : ",").append(vector[j]);
                }
                body.append("]}").append(i == 0 ? "" : ",");
            }
            body.append("],\"model\":\"").append(request.path("model").asString()).append("\"}");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, 200, body.toString());
        };
    }
}
