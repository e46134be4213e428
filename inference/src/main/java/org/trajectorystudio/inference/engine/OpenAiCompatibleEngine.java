package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model behind an OpenAI-compatible HTTP server, streamed with server-sent events.
 *
 * <p>The response body is consumed by a line subscriber ({@link EventStreamSubscriber}) on the HTTP client's threads;
 * the caller waits on a {@link TokenStream} with the read timeout, so silence, cancel and every failure end the call
 * at once. Leaving early cancels the body, which closes the connection: vLLM, SGLang and llama.cpp stop generating
 * when their client goes away.
 */
public final class OpenAiCompatibleEngine implements CompletionEngine {
    private static final System.Logger LOG = System.getLogger(OpenAiCompatibleEngine.class.getName());
    static final Map<Integer, String> STATUS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(408, "Request Timeout"), Map.entry(413, "Payload Too Large"),
            Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private final EndpointSettings settings;
    private final Redactor redactor;
    private final EndpointFailures failures;
    private final HttpClient client;

    public OpenAiCompatibleEngine(EndpointSettings settings) {
        this.settings = settings;
        this.redactor = new Redactor(settings.apiKey());
        this.failures = new EndpointFailures(settings, redactor);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1) // plain http servers; no h2c upgrade dance
                .build();
    }

    /**
     * @throws IllegalArgumentException for a raw prompt on the chat API or messages on the completions API: the
     *     completions API has no chat template, so render the messages to a prompt first
     */
    @Override
    public CompletionResult complete(CompletionRequest request, TokenListener listener, CancelToken cancel) throws EngineException {
        if (request.isChat() != (settings.api() == EndpointSettings.Api.CHAT)) {
            throw new IllegalArgumentException(request.isChat()
                    ? "chat messages need the chat API; render them to a prompt for the completions API"
                    : "a raw prompt needs the completions API");
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(settings.endpoint())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body(request)), StandardCharsets.UTF_8));
        if (settings.apiKey() != null) {
            http.header("Authorization", "Bearer " + settings.apiKey());
        }
        LOG.log(System.Logger.Level.DEBUG, "POST {0} model {1}", settings.endpoint(), settings.model());

        TokenStream stream = new TokenStream();
        EventStreamSubscriber events = new EventStreamSubscriber(stream, new ChunkDecoder(settings.api(), redactor), settings.server());
        CompletableFuture<HttpResponse<EngineException>> response = client.sendAsync(http.build(), info -> info.statusCode() / 100 == 2
                ? BodySubscribers.fromLineSubscriber(events, subscriber -> null, StandardCharsets.UTF_8, null)
                : BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), body -> failures.httpError(info.statusCode(), body)));
        response.whenComplete((answer, error) -> {
            if (error != null) {
                stream.fail(failures.connectionFailure(error));
            } else if (answer.body() != null) {
                stream.fail(answer.body());
            }
        });
        return stream.drain(listener, cancel, settings.readTimeout(),
                failures::readTimeout,
                () -> {
                    events.cancel();
                    response.cancel(true);
                });
    }

    private ObjectNode body(CompletionRequest request) {
        Sampling sampling = request.sampling();
        ObjectNode body = Json.object().put("model", settings.model()).put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        body.put("max_tokens", sampling.maxTokens()).put("temperature", sampling.temperature()).put("top_p", sampling.topP());
        if (sampling.seed() != null) {
            body.put("seed", sampling.seed());
        }
        if (!sampling.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            sampling.stop().forEach(stop::add);
        }
        if (request.isChat()) {
            ArrayNode messages = body.putArray("messages");
            for (ChatMessage message : request.inferenceMessages()) {
                messages.addObject().put("role", message.role()).put("content", message.content());
            }
        } else {
            body.put("prompt", request.prompt());
        }
        return body;
    }

    /** An exception in a few words: its message, else its type. */
    static String describe(Throwable error) {
        return EndpointFailures.describe(error);
    }

    @Override
    public String description() {
        return settings.model() + " at " + settings.server() + " (" + (settings.api() == EndpointSettings.Api.CHAT ? "chat" : "completions") + " API)";
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
