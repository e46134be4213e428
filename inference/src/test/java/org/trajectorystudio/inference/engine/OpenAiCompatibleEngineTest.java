package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.chatDelta;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.chatFinish;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.event;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.reasoningDelta;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.send;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.startStream;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.stream;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.textDelta;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.usage;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.inference.engine.CompletionResult.FinishReason;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import tools.jackson.databind.JsonNode;

/** The HTTP engine against a loopback server that speaks (and breaks) the OpenAI streaming protocol. */
class OpenAiCompatibleEngineTest {
    private static final String KEY = "sk-test-0123456789abcdef";
    private static final List<ChatMessage> CHAT = List.of(
            new ChatMessage(ChatMessage.SYSTEM, "You are a research agent.", false, -1),
            new ChatMessage(ChatMessage.USER, "Capital of Kyrgyzstan?", false, -1),
            new ChatMessage(ChatMessage.ASSISTANT, "<tool_call>\n{\"name\":\"search\",\"arguments\":{}}\n</tool_call>", true, 0),
            new ChatMessage(ChatMessage.TOOL, "Bishkek.", false, 0));
    private static final Sampling SAMPLING = new Sampling(0.3, 0.9, 77, 1234L, List.of("<tool_response>", "\n\n\n"));

    private FakeOpenAiServer server;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() {
        server.close();
        // whatever went wrong in a test, the key never reached a message
        assertThat(messages).noneMatch(message -> message.contains(KEY));
    }

    private OpenAiCompatibleEngine engine(EndpointSettings.Api api) {
        return new OpenAiCompatibleEngine(EndpointSettings.of(server.baseUrl(), "tongyi-30b").withApiKey(KEY)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withApi(api));
    }

    private CompletionResult chat(OpenAiCompatibleEngine engine, List<String> pieces) throws EngineException {
        return engine.complete(CompletionRequest.chat(CHAT, SAMPLING), pieces::add, new CancelToken());
    }

    /** Runs a completion that must fail, and keeps its message for the API key check. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown != null) {
            messages.add(thrown.getMessage());
        }
        return assertThat(thrown).isNotNull();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertChatFails() {
        return assertFails(() -> {
            try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
                chat(engine, new ArrayList<>());
            }
        });
    }

    // ---------------------------------------------------------------- streams that work

    @Test
    void chatStreamArrivesPieceByPiece() throws Exception {
        server.script(stream("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
                chatDelta("<answer>"), chatDelta("Bish"), chatDelta("kek"), chatDelta("</answer>"), chatFinish("stop"), usage(5)));
        List<String> pieces = new ArrayList<>();

        CompletionResult result;
        try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
            result = chat(engine, pieces);
        }

        assertThat(pieces).containsExactly("<answer>", "Bish", "kek", "</answer>");
        assertThat(result.text()).isEqualTo("<answer>Bishkek</answer>");
        assertThat(result.tokens()).as("the server's usage count").isEqualTo(5);
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(result.firstToken()).isNotNull();
    }

    @Test
    void chatRequestCarriesModelMessagesSamplingAndTheKeyOnlyInItsHeader() throws Exception {
        server.script(stream(chatDelta("ok"), chatFinish("stop")));

        try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
            chat(engine, new ArrayList<>());
        }
        FakeOpenAiServer.Recorded request = server.lastRequest();
        JsonNode body = Json.tryParse(request.body());

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(request.headers().getFirst("Accept")).isEqualTo("text/event-stream");
        assertThat(request.body()).doesNotContain(KEY);
        assertThat(body).isEqualTo(Json.tryParse("""
                {"model": "tongyi-30b", "stream": true, "stream_options": {"include_usage": true},
                 "max_tokens": 77, "temperature": 0.3, "top_p": 0.9, "seed": 1234, "stop": ["<tool_response>", "\\n\\n\\n"],
                 "messages": [
                   {"role": "system", "content": "You are a research agent."},
                   {"role": "user", "content": "Capital of Kyrgyzstan?"},
                   {"role": "assistant", "content": "<tool_call>\\n{\\"name\\":\\"search\\",\\"arguments\\":{}}\\n</tool_call>"},
                   {"role": "user", "content": "<tool_response>\\nBishkek.\\n</tool_response>"}]}"""));
    }

    @Test
    void completionsStreamSendsThePromptAndReadsText() throws Exception {
        server.script(stream(textDelta("Bish"), textDelta("kek"), "{\"choices\":[{\"index\":0,\"text\":\"\",\"finish_reason\":\"length\"}]}"));
        List<String> pieces = new ArrayList<>();

        CompletionResult result;
        try (OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(EndpointSettings.of(server.baseUrl() + "/v1/", "base")
                .withApi(EndpointSettings.Api.COMPLETIONS))) {
            result = engine.complete(CompletionRequest.text("<|im_start|>user\nq<|im_end|>\n", Sampling.defaults()), pieces::add, new CancelToken());
        }
        FakeOpenAiServer.Recorded request = server.lastRequest();

        assertThat(pieces).containsExactly("Bish", "kek");
        assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(result.tokens()).as("no usage: the pieces").isEqualTo(2);
        assertThat(request.path()).isEqualTo("/v1/completions");
        assertThat(request.headers().containsKey("Authorization")).isFalse();
        JsonNode body = Json.tryParse(request.body());
        assertThat(body.get("prompt").stringValue()).isEqualTo("<|im_start|>user\nq<|im_end|>\n");
        assertThat(body.has("messages")).isFalse();
        assertThat(body.has("seed")).as("no seed set").isFalse();
        assertThat(body.has("stop")).isFalse();
    }

    @Test
    void reasoningDeltasAreWrappedInThinkTags() throws Exception {
        server.script(stream(reasoningDelta("I should "), reasoningDelta("search."), chatDelta("<tool_call>{}</tool_call>"), chatFinish("stop")));

        CompletionResult result;
        try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
            result = chat(engine, new ArrayList<>());
        }

        assertThat(result.text()).isEqualTo("<think>\nI should search.\n</think>\n\n<tool_call>{}</tool_call>");
    }

    @Test
    void streamWithAFinishReasonButNoDoneIsAccepted() throws Exception {
        server.script(exchange -> {
            OutputStream out = startStream(exchange);
            event(out, chatDelta("done"));
            event(out, chatFinish("stop"));
        });

        try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
            assertThat(chat(engine, new ArrayList<>()).text()).isEqualTo("done");
        }
    }

    @Test
    void sseCommentsEventNamesAndMissingSpacesAreUnderstood() throws Exception {
        server.script(exchange -> {
            OutputStream out = startStream(exchange);
            out.write((": keep-alive\n\nevent: message\ndata:" + chatDelta("a") + "\r\n\r\ndata: " + chatDelta("b") + "\n\ndata: [DONE]\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        });

        try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
            assertThat(chat(engine, new ArrayList<>()).text()).isEqualTo("ab");
        }
    }

    @Test
    void mismatchedRequestAndApiIsAProgrammingError() {
        try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
            assertThatThrownBy(() -> engine.complete(CompletionRequest.text("p", SAMPLING), TokenListener.ignore(), new CancelToken()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ---------------------------------------------------------------- cancel

    @Test
    void cancelMidStreamReturnsAtOnceAndClosesTheConnection() throws Exception {
        server.script(exchange -> {
            OutputStream out = startStream(exchange);
            for (int i = 0; i < 400; i++) {
                event(out, chatDelta("t" + i + " "));
                Thread.sleep(10);
            }
            event(out, "[DONE]");
        });
        CancelToken cancel = new CancelToken();
        List<String> pieces = new ArrayList<>();
        long[] cancelledAt = new long[1];

        CompletionResult result;
        long returnedAt;
        try (OpenAiCompatibleEngine engine = engine(EndpointSettings.Api.CHAT)) {
            result = engine.complete(CompletionRequest.chat(CHAT, SAMPLING), piece -> {
                pieces.add(piece);
                if (pieces.size() == 3) {
                    cancelledAt[0] = System.nanoTime();
                    cancel.cancel();
                }
            }, cancel);
            returnedAt = System.nanoTime();
        }

        // from cancel to return, so that a slow start on a busy machine does not count; the whole stream takes 4 s
        assertThat(Duration.ofNanos(returnedAt - cancelledAt[0])).isLessThan(Duration.ofSeconds(1));
        assertThat(result.finishReason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(pieces).containsExactly("t0 ", "t1 ", "t2 ");
        assertThat(result.text()).isEqualTo("t0 t1 t2 ");
        assertThat(server.clientGone.await(3, TimeUnit.SECONDS)).as("the server noticed the client left").isTrue();
    }

    // ---------------------------------------------------------------- errors a user will meet

    @Test
    void connectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;

        assertFails(() -> {
            try (OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(EndpointSettings.of(url, "m").withApiKey(KEY))) {
                engine.complete(CompletionRequest.chat(CHAT, SAMPLING), TokenListener.ignore(), new CancelToken());
            }
        }).isInstanceOf(EngineException.Unreachable.class)
                .hasMessage("Could not connect to " + url + ": connection refused; is the server running on that port?");
    }

    @Test
    void notFoundShowsTheServersMessage() {
        server.script(exchange -> send(exchange, 404, "{\"error\":{\"message\":\"The model `tongyi-30b` does not exist.\",\"type\":\"NotFoundError\",\"code\":404}}"));

        assertChatFails().isInstanceOf(EngineException.HttpError.class)
                .hasMessage(server.baseUrl() + " answered HTTP 404 (Not Found): The model `tongyi-30b` does not exist. "
                        + "Check the base URL and the model name 'tongyi-30b'.")
                .extracting(e -> ((EngineException.HttpError) e).status()).isEqualTo(404);
    }

    @Test
    void badRequestInVllmsTopLevelForm() {
        server.script(exchange -> send(exchange, 400, "{\"object\":\"error\",\"message\":\"This model's maximum context length is 32768 tokens.\",\"type\":\"BadRequestError\"}"));

        assertChatFails().isInstanceOf(EngineException.HttpError.class)
                .hasMessage(server.baseUrl() + " answered HTTP 400 (Bad Request): This model's maximum context length is 32768 tokens.");
    }

    @Test
    void serverErrorWithPlainTextAndHtml() {
        server.script(exchange -> send(exchange, 500, "<html><head><title>Oops</title></head><body><h1>Internal\nServer Error</h1></body></html>"));

        assertChatFails().isInstanceOf(EngineException.HttpError.class)
                .hasMessage(server.baseUrl() + " answered HTTP 500 (Internal Server Error): Oops Internal Server Error");
    }

    @Test
    void serviceUnavailableWithoutBody() {
        server.script(exchange -> send(exchange, 503, ""));

        assertChatFails().isInstanceOf(EngineException.HttpError.class)
                .hasMessage(server.baseUrl() + " answered HTTP 503 (Service Unavailable). The server may still be loading the model.");
    }

    @Test
    void unauthorizedNeverRepeatsTheKeyEvenWhenTheServerEchoesIt() {
        server.script(exchange -> send(exchange, 401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ".\"}}"));

        assertChatFails().isInstanceOf(EngineException.HttpError.class)
                .hasMessage(server.baseUrl() + " answered HTTP 401 (Unauthorized): Incorrect API key provided: ***. Check the API key.");
    }

    @Test
    void streamEndingWithoutDoneIsCutOff() {
        server.script(exchange -> {
            OutputStream out = startStream(exchange);
            event(out, chatDelta("Bish"));
            event(out, chatDelta("kek"));
        });

        assertChatFails().isInstanceOf(EngineException.StreamCutOff.class)
                .hasMessage("The stream from " + server.baseUrl() + " ended after 2 chunks, before the completion was finished (no [DONE])");
    }

    @Test
    void connectionDroppedMidBodyIsCutOff() {
        server.script(exchange -> {
            exchange.sendResponseHeaders(200, 100_000); // promises far more than it sends, then hangs up
            OutputStream out = exchange.getResponseBody();
            event(out, chatDelta("Bish"));
        });

        assertChatFails().isInstanceOf(EngineException.StreamCutOff.class)
                .hasMessageStartingWith("The stream from " + server.baseUrl() + " broke off after 1 chunks");
    }

    @Test
    void silenceMidStreamIsATimeout() {
        server.script(exchange -> {
            OutputStream out = startStream(exchange);
            event(out, chatDelta("Bish"));
            Thread.sleep(5_000);
        });

        assertTimesOutWithin300Ms();
    }

    @Test
    void serverThatNeverAnswersIsATimeout() {
        server.script(exchange -> Thread.sleep(5_000));

        assertTimesOutWithin300Ms();
    }

    private void assertTimesOutWithin300Ms() {
        long start = System.nanoTime();

        assertFails(() -> {
            try (OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(EndpointSettings.of(server.baseUrl(), "m")
                    .withApiKey(KEY).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)))) {
                engine.complete(CompletionRequest.chat(CHAT, SAMPLING), TokenListener.ignore(), new CancelToken());
            }
        }).isInstanceOf(EngineException.TimedOut.class)
                .hasMessage("No answer from " + server.baseUrl() + " for 300 ms (read timeout)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void chunkThatIsNotJson() {
        server.script(stream(chatDelta("ok"), "{\"choices\": [{\"delta\": {\"content\": \"unterminated"));

        assertChatFails().isInstanceOf(EngineException.BadResponse.class)
                .hasMessage("The server sent a stream chunk that is not JSON: {\"choices\": [{\"delta\": {\"content\": \"unterminated");
    }

    @Test
    void errorEventInTheStream() {
        server.script(stream(chatDelta("ok"), "{\"error\":{\"message\":\"CUDA out of memory\",\"code\":500}}"));

        assertChatFails().isInstanceOf(EngineException.GenerationFailed.class)
                .hasMessage("The server reported an error: CUDA out of memory");
    }

    @Test
    void webPageInsteadOfAnEventStream() {
        server.script(exchange -> send(exchange, 200, "<!DOCTYPE html>\n<html><body>Welcome to nginx!</body></html>"));

        assertChatFails().isInstanceOf(EngineException.BadResponse.class)
                .hasMessage(server.baseUrl() + " did not answer with an event stream (it sent '<!DOCTYPE html>'); "
                        + "check that the base URL is an OpenAI-compatible server");
    }

    @Test
    void emptyAnswer() {
        server.script(exchange -> send(exchange, 200, ""));

        assertChatFails().isInstanceOf(EngineException.BadResponse.class)
                .hasMessage(server.baseUrl() + " sent an empty answer instead of an event stream");
    }

    // ---------------------------------------------------------------- settings

    @Test
    void baseUrlWithOrWithoutV1() {
        assertThat(EndpointSettings.of("http://localhost:8000", "m").endpoint()).hasToString("http://localhost:8000/v1/chat/completions");
        assertThat(EndpointSettings.of("http://localhost:1234/v1/", "m").endpoint()).hasToString("http://localhost:1234/v1/chat/completions");
        assertThat(EndpointSettings.of("https://host/api/v1", "m").withApi(EndpointSettings.Api.COMPLETIONS).endpoint())
                .hasToString("https://host/api/v1/completions");
        assertThatThrownBy(() -> EndpointSettings.of("localhost:8000", "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyStaysOutOfToStringAndDescription() {
        EndpointSettings settings = EndpointSettings.of(server.baseUrl(), "tongyi-30b").withApiKey(KEY);
        messages.add(settings.toString());
        try (OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(settings)) {
            messages.add(engine.description());
            assertThat(engine.description()).isEqualTo("tongyi-30b at " + server.baseUrl() + " (chat API)");
        }
        assertThat(settings.toString()).contains("apiKey=***");
    }
}
