package org.trajectorystudio.inference.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both embedding engines for real: llama.cpp's embedding mode on the tiny random-weight GGUF, and
 * {@code /v1/embeddings} on a loopback server whose vectors are that same model's.
 */
class EmbeddersTest {
    @TempDir
    static Path dir;
    private static LlamaCppEmbedder local;

    @BeforeAll
    static void load() throws Exception {
        local = LlamaCppEmbedder.load(TinyGguf.write(dir.resolve("tiny.gguf")));
    }

    @AfterAll
    static void close() {
        local.close();
    }

    @Test
    void theTinyGgufEmbedsEachTextTheSameWayEveryTimeAndDifferentTextsDifferently() throws Exception {
        List<float[]> first = local.embed(List.of("Who wrote Hamlet? Shakespeare", "How tall is Everest? 8849 m"));
        List<float[]> again = local.embed(List.of("How tall is Everest? 8849 m", "Who wrote Hamlet? Shakespeare"));

        assertThat(first).hasSize(2);
        assertThat(first.get(0)).hasSize(TinyGguf.N_EMBD); // the model's embedding length
        assertThat(again.get(1)).containsExactly(first.get(0));
        assertThat(again.get(0)).containsExactly(first.get(1));
        assertThat(first.get(0)).isNotEqualTo(first.get(1));
        assertThat(local.identity()).startsWith("gguf:tiny.gguf:" + Files.size(dir.resolve("tiny.gguf")) + ":");
    }

    @Test
    void aTextLongerThanTheContextIsCutToItInsteadOfFailing() throws Exception {
        String longText = "word ".repeat(4 * local.contextSize());
        List<float[]> vectors = local.embed(List.of(longText));
        assertThat(vectors.getFirst()).hasSize(TinyGguf.N_EMBD);
        // the model still answers afterwards (llama.cpp refused an oversized input and left its queue stuck before)
        assertThat(local.embed(List.of("short")).getFirst()).hasSize(TinyGguf.N_EMBD);
    }

    @Test
    void anOpenAiCompatibleServerIsAskedInOneBatchAndItsVectorsPutBackInInputOrder() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             OpenAiEmbedder remote = new OpenAiEmbedder(EndpointSettings.of(server.baseUrl(), "tiny-embed"))) {
            server.script(FakeOpenAiServer.embeddings(local::embed));
            List<String> texts = List.of("alpha beta", "gamma delta", "alpha beta");

            List<float[]> vectors = remote.embed(texts);
            FakeOpenAiServer.Recorded request = server.lastRequest();

            assertThat(request.path()).isEqualTo("/v1/embeddings");
            assertThat(request.body()).contains("\"model\":\"tiny-embed\"").contains("\"input\":[\"alpha beta\",\"gamma delta\",\"alpha beta\"]");
            List<float[]> expected = local.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(vectors.get(i)).containsExactly(expected.get(i)); // the reversed list is back in order
            }
            assertThat(remote.identity()).isEqualTo("endpoint:" + server.baseUrl() + ":tiny-embed");
        }
    }

    @Test
    void aServerThatRefusesOrAnswersSomethingElseSaysSoInOneLine() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             OpenAiEmbedder remote = new OpenAiEmbedder(EndpointSettings.of(server.baseUrl(), "chat-only"))) {
            server.script(exchange -> FakeOpenAiServer.send(exchange, 404, "{\"error\":{\"message\":\"model does not support embeddings\"}}"));
            assertThatThrownBy(() -> remote.embed(List.of("x")))
                    .isInstanceOf(EngineException.HttpError.class)
                    .hasMessageContaining("HTTP 404").hasMessageContaining("model does not support embeddings")
                    .hasMessageContaining("model name 'chat-only'");

            server.script(exchange -> FakeOpenAiServer.send(exchange, 200, "{\"data\":[{\"index\":0,\"embedding\":[]}]}"));
            assertThatThrownBy(() -> remote.embed(List.of("x")))
                    .isInstanceOf(EngineException.GenerationFailed.class)
                    .hasMessageContaining("not an embeddings list");
        }
        try (OpenAiEmbedder gone = new OpenAiEmbedder(EndpointSettings.of("http://127.0.0.1:9", "m"))) {
            assertThatThrownBy(() -> gone.embed(List.of("x"))).isInstanceOf(EngineException.Unreachable.class)
                    .hasMessageContaining("connection refused");
        }
    }
}
