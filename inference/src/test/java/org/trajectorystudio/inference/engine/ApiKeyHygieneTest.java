package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.trajectorystudio.inference.engine.FakeOpenAiServer.send;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trajectorystudio.model.render.ChatMessage;

/**
 * Issue 15, item 8, against a loopback server: a key read with its line end or surrounding spaces is trimmed before it
 * is sent; a control character inside it is refused by a message that shows no part of it; and a server's error body
 * that echoes the key exactly, uppercased, base64-encoded (as an Authorization header) or in part is masked.
 */
class ApiKeyHygieneTest {
    private static final String KEY = "sk-proj-Zq7Xw2Lm9Rt4Vb8Nc3Kd6Hf1Jg5";
    private static final List<ChatMessage> CHAT = List.of(new ChatMessage(ChatMessage.USER, "hi", false, -1));
    private static final Sampling SAMPLING = new Sampling(0.3, 0.9, 8, 1L, List.of());

    private FakeOpenAiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY + "\r\n", KEY + "\n", "  " + KEY + " ", "\t" + KEY})
    void aKeyWithItsLineEndOrSpacesIsSentTrimmed(String read) throws Exception {
        server.script(exchange -> send(exchange, 401, "{\"error\":{\"message\":\"no\"}}"));
        Throwable failure = catchThrowable(() -> chat(read));
        assertThat(failure).isInstanceOf(EngineException.HttpError.class);
        assertThat(server.lastRequest().headers().getFirst("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-proj-Zq7Xw2Lm\r\n9Rt4Vb8Nc3Kd6Hf1Jg5", "sk-proj-Zq7Xw2Lm\u00079Rt4Vb8Nc3Kd6Hf1Jg5", "sk-proj-Zq7Xw2Lm 9Rt4Vb8Nc3Kd6Hf1Jg5"})
    void aControlCharacterInsideIsRefusedWithoutShowingTheKey(String key) {
        Throwable failure = catchThrowable(() -> EndpointSettings.of(server.baseUrl(), "m").withApiKey(key));
        assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("API key has");
        assertNoPartOfTheKey(failure.getMessage());
    }

    @Test
    void everyEchoOfTheKeyInAnErrorBodyIsMasked() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(("Bearer " + KEY).getBytes(StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString(("user:" + KEY).getBytes(StandardCharsets.UTF_8));
        String keyBase64 = Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
        String partial = KEY.substring(10, 24);
        for (String echo : List.of(KEY, KEY.toUpperCase(Locale.ROOT), base64, basic, keyBase64, partial, "key " + KEY.substring(0, 12) + "…")) {
            server.script(exchange -> send(exchange, 401, "{\"error\":{\"message\":\"Incorrect API key provided: " + echo + " (check it)\"}}"));
            Throwable failure = catchThrowable(() -> chat(KEY));
            assertThat(failure).as(echo).isInstanceOf(EngineException.HttpError.class).hasMessageContaining("***");
            assertThat(failure.getMessage()).doesNotContain(echo).contains("(check it)");
            assertNoPartOfTheKey(failure.getMessage());
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        Redactor redactor = new Redactor(KEY);
        assertThat(redactor.redact("model 'tongyi-30b' is not loaded; try again in 30 s")).isEqualTo("model 'tongyi-30b' is not loaded; try again in 30 s");
        assertThat(redactor.toString()).doesNotContain(KEY);
    }

    private void chat(String key) throws EngineException {
        try (OpenAiCompatibleEngine engine = new OpenAiCompatibleEngine(EndpointSettings.of(server.baseUrl(), "m").withApiKey(key)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)))) {
            engine.complete(CompletionRequest.chat(CHAT, SAMPLING), TokenListener.ignore(), new CancelToken());
        }
    }

    /** No run of 8 characters of the key (in any case) is in the text. */
    private static void assertNoPartOfTheKey(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String key = KEY.toLowerCase(Locale.ROOT);
        for (int i = 0; i + Redactor.MIN_PART <= key.length(); i++) {
            assertThat(lower).doesNotContain(key.substring(i, i + Redactor.MIN_PART));
        }
    }
}
