package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.engine.CompletionResult.FinishReason;
import org.trajectorystudio.model.render.ChatMessage;

/** The embedded engine end to end, on a tiny random-weight llama written by {@link TinyGguf}. */
class LlamaCppEngineTest {
    private static final List<ChatMessage> CHAT = List.of(
            new ChatMessage(ChatMessage.SYSTEM, "You are tiny.", false, -1),
            new ChatMessage(ChatMessage.USER, "What is the capital of Kyrgyzstan?", false, -1),
            new ChatMessage(ChatMessage.ASSISTANT, "<tool_call>\n{\"name\":\"search\",\"arguments\":{\"query\":[\"capital\"]}}\n</tool_call>", true, 0),
            new ChatMessage(ChatMessage.TOOL, "Bishkek is the capital.", false, 0));

    @TempDir
    static Path dir;
    private static LlamaCppEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = LlamaCppEngine.load(new EngineSettings(TinyGguf.write(dir.resolve("tiny.gguf")), 0, 0, 2));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static CompletionRequest chat(int maxTokens, long seed) {
        return CompletionRequest.chat(CHAT, Sampling.defaults().withMaxTokens(maxTokens).withSeed(seed));
    }

    @Test
    void streamsTokensWithASeed() throws Exception {
        List<String> pieces = new ArrayList<>();

        CompletionResult result = engine.complete(chat(16, 7), pieces::add, new CancelToken());

        assertThat(pieces).isNotEmpty().allSatisfy(piece -> assertThat(piece).isNotEmpty());
        assertThat(String.join("", pieces)).isEqualTo(result.text());
        assertThat(result.tokens()).isEqualTo(pieces.size()).isBetween(1, 16);
        assertThat(result.firstToken()).isNotNull().isLessThanOrEqualTo(result.elapsed());
        assertThat(result.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
    }

    @Test
    void sameSeedGivesTheSameTextAndOtherSeedsDoNot() throws Exception {
        String first = engine.complete(chat(24, 7), TokenListener.ignore(), new CancelToken()).text();
        String again = engine.complete(chat(24, 7), TokenListener.ignore(), new CancelToken()).text();
        Set<String> others = new HashSet<>();
        for (long seed = 100; seed < 103; seed++) {
            others.add(engine.complete(chat(24, seed), TokenListener.ignore(), new CancelToken()).text());
        }

        assertThat(again).isEqualTo(first);
        assertThat(others).hasSizeGreaterThan(1);
    }

    @Test
    void rendersChatsWithTheModelsOwnTemplateAndToolResponsesAsUserTurns() throws Exception {
        String prompt = engine.renderPrompt(CHAT);

        assertThat(prompt).isEqualTo("<|tiny|>\n"
                + "<|im_start|>system\nYou are tiny.<|im_end|>\n"
                + "<|im_start|>user\nWhat is the capital of Kyrgyzstan?<|im_end|>\n"
                + "<|im_start|>assistant\n<tool_call>\n{\"name\":\"search\",\"arguments\":{\"query\":[\"capital\"]}}\n</tool_call><|im_end|>\n"
                + "<|im_start|>user\n<tool_response>\nBishkek is the capital.\n</tool_response><|im_end|>\n"
                + "<|im_start|>assistant\n");
    }

    @Test
    void rawPromptIsCompletedAsItStands() throws Exception {
        CompletionResult result = engine.complete(CompletionRequest.text("the and the", Sampling.defaults().withMaxTokens(8).withSeed(1L)),
                TokenListener.ignore(), new CancelToken());

        assertThat(result.text()).isNotEmpty();
    }

    @Test
    void maxTokensEndsWithLength() throws Exception {
        CompletionResult result = engine.complete(chat(4, 3), TokenListener.ignore(), new CancelToken());

        assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(result.tokens()).isLessThanOrEqualTo(4);
    }

    @Test
    void stopStringEndsTheCompletionBeforeIt() throws Exception {
        String free = engine.complete(chat(64, 11), TokenListener.ignore(), new CancelToken()).text();
        Matcher word = Pattern.compile("[a-z]{2}").matcher(free);
        assertThat(word.find(4)).as("the seeded text has two plain letters after its start: %s", free).isTrue();
        String stop = word.group();

        CompletionResult stopped = engine.complete(chat(64, 11).withSampling(chat(64, 11).sampling().withStop(List.of(stop))),
                TokenListener.ignore(), new CancelToken());

        assertThat(stopped.text()).isEqualTo(free.substring(0, free.indexOf(stop)));
        assertThat(stopped.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void cancelStopsTheStreamAtOnceAndTheEngineGoesOn() throws Exception {
        CancelToken cancel = new CancelToken();
        List<String> pieces = new ArrayList<>();
        long start = System.nanoTime();

        CompletionResult result = engine.complete(chat(200, 5), piece -> {
            pieces.add(piece);
            if (pieces.size() == 3) {
                cancel.cancel();
            }
        }, cancel);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(result.finishReason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(pieces).hasSize(3);
        assertThat(result.text()).isEqualTo(String.join("", pieces));
        // the cancelled task left nothing behind: the same request runs to its end and starts the same way
        CompletionResult next = engine.complete(chat(200, 5), TokenListener.ignore(), new CancelToken());
        assertThat(next.finishReason()).isNotEqualTo(FinishReason.CANCELLED);
        assertThat(next.text()).startsWith(result.text());
    }

    @Test
    void cancelledBeforeItStartsReturnsNothing() throws Exception {
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        List<String> pieces = new ArrayList<>();

        CompletionResult result = engine.complete(chat(200, 5), pieces::add, cancel);

        assertThat(result.finishReason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(pieces).isEmpty();
        assertThat(result.text()).isEmpty();
    }

    @Test
    void promptLongerThanTheContextIsRefusedWithTheNumbers() {
        String longQuestion = "the and ".repeat(200);
        CompletionRequest request = CompletionRequest.chat(List.of(new ChatMessage(ChatMessage.USER, longQuestion, false, -1)), Sampling.defaults());

        assertThatThrownBy(() -> engine.complete(request, TokenListener.ignore(), new CancelToken()))
                .isInstanceOf(EngineException.ContextOverflow.class)
                .hasMessageMatching("The prompt is \\d+ tokens but the context holds 256: raise the context size or preview an earlier step");
    }

    @Test
    void contextIsCappedAtTheTrainedLengthAndTokensAreCounted() throws Exception {
        assertThat(engine.contextSize()).isEqualTo(TinyGguf.N_CTX_TRAIN);
        assertThat(engine.countTokens("the and the")).isBetween(3, 11);
        assertThat(engine.description()).isEqualTo("tiny.gguf (llama.cpp, 256-token context, CPU)");
    }

    @Test
    void modelWithoutTemplateGetsChatMl() throws Exception {
        Path file = TinyGguf.write(dir.resolve("plain.gguf"), TinyGguf.Options.DEFAULT.withChatTemplate(null));
        try (LlamaCppEngine plain = LlamaCppEngine.load(new EngineSettings(file, 0, 128, 1))) {
            assertThat(plain.renderPrompt(CHAT.subList(0, 2))).isEqualTo("<|im_start|>system\nYou are tiny.<|im_end|>\n"
                    + "<|im_start|>user\nWhat is the capital of Kyrgyzstan?<|im_end|>\n<|im_start|>assistant\n");
            assertThat(plain.contextSize()).isEqualTo(128);
        }
    }

    @Test
    void templateLlamaCppCannotRunFallsBackToChatMl() throws Exception {
        Path file = TinyGguf.write(dir.resolve("broken.gguf"), TinyGguf.Options.DEFAULT.withChatTemplate("{% for message in %}{{ oops"));
        try (LlamaCppEngine broken = LlamaCppEngine.load(new EngineSettings(file, 0, 128, 1))) {
            assertThat(broken.renderPrompt(CHAT.subList(1, 2)))
                    .isEqualTo("<|im_start|>user\nWhat is the capital of Kyrgyzstan?<|im_end|>\n<|im_start|>assistant\n");
        }
    }

    @Test
    void closingStopsARunningCompletion() throws Exception {
        LlamaCppEngine closing = LlamaCppEngine.load(new EngineSettings(dir.resolve("tiny.gguf"), 0, 0, 1));
        List<String> pieces = new ArrayList<>();

        CompletionResult result = closing.complete(chat(200, 5), piece -> {
            pieces.add(piece);
            if (pieces.size() == 1) {
                sleep(300); // a slow caller: the worker queues many more pieces meanwhile
            } else if (pieces.size() == 2) {
                closing.close(); // pieces already queued must not reach the caller any more
            }
        }, new CancelToken());

        assertThat(result.finishReason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(pieces).hasSize(2);
    }

    @Test
    void closedEngineSaysSo() throws Exception {
        LlamaCppEngine closed = LlamaCppEngine.load(new EngineSettings(dir.resolve("tiny.gguf"), 0, 64, 1));
        closed.close();
        closed.close(); // twice is harmless

        assertThatThrownBy(() -> closed.complete(chat(4, 1), TokenListener.ignore(), new CancelToken()))
                .isInstanceOf(EngineException.GenerationFailed.class)
                .hasMessage("The model tiny.gguf was closed");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
