package org.trajectorystudio.inference.engine;

import org.trajectorystudio.model.task.CancelToken;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trajectorystudio.inference.engine.CompletionResult.FinishReason;
import org.trajectorystudio.model.render.ChatMessage;

/**
 * A GGUF model run in process by llama.cpp through {@code de.kherud:llama}.
 *
 * <p>Every native call runs on one worker thread, one completion at a time. The worker stops a cancelled completion
 * itself after its next token: llama.cpp's result queue would wait forever for a task cancelled from another thread
 * while the worker is receiving it. The caller never waits on native code (see {@link TokenStream}), so cancel
 * returns at once even while a long prompt is still being processed.
 *
 * <p>Chats are rendered with the model's own chat template ({@code tokenizer.chat_template}, through llama.cpp's
 * Jinja engine); a model without one, or with one llama.cpp cannot run, gets ChatML.
 */
public final class LlamaCppEngine implements CompletionEngine {
    private static final System.Logger LOG = System.getLogger(LlamaCppEngine.class.getName());
    private static final long UNKNOWN_CONTEXT = 4096;

    private final EngineSettings settings;
    private final int contextSize;
    private final LlamaModel model;
    private final ExecutorService worker;
    private volatile boolean closing;
    /** Completions whose callers are still draining: close() abandons them so that no piece reaches a caller after it. */
    private final Set<TokenStream> draining = ConcurrentHashMap.newKeySet();

    private LlamaCppEngine(EngineSettings settings, int contextSize, LlamaModel model) {
        this.settings = settings;
        this.contextSize = contextSize;
        this.model = model;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "llama.cpp " + settings.model().getFileName());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Loads the model; blocks for as long as that takes (seconds for a large model), so call it off the UI thread.
     * The file is checked in Java first: native code is never handed a missing, foreign or truncated file.
     */
    public static LlamaCppEngine load(EngineSettings settings) throws EngineException {
        GgufHeader header = GgufHeader.read(settings.model());
        long trained = header.contextLength().orElse(UNKNOWN_CONTEXT);
        int contextSize = (int) (settings.contextSize() == 0 ? trained : Math.min(settings.contextSize(), trained));
        MemoryNeed need = MemoryNeed.of(header, contextSize);
        if (settings.gpuLayers() == 0 && need.kvCache() > need.physical()) {
            throw new EngineException.OutOfMemory(need.describe(settings.model().getFileName().toString(), contextSize)
                    + " but this machine has " + gigabytes(need.physical()) + " of memory: lower the context size");
        }

        ModelParameters parameters = new ModelParameters()
                .setModel(settings.model().toAbsolutePath().toString())
                .setGpuLayers(settings.gpuLayers())
                .setCtxSize(contextSize)
                .enableJinja();
        if (settings.threads() > 0) {
            parameters.setThreads(settings.threads());
        }
        try {
            return new LlamaCppEngine(settings, contextSize, new LlamaModel(parameters));
        } catch (LinkageError e) {
            throw new EngineException.ModelLoadFailed("llama.cpp's native library could not be loaded on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " (" + e.getMessage()
                    + "); point -Dde.kherud.llama.lib.path at a folder with a libjllama built for this machine", e);
        } catch (RuntimeException e) {
            throw loadFailure(settings, header, contextSize, need, e);
        }
    }

    /** llama.cpp says only "could not load model"; the header and a memory estimate tell the likely reason. */
    private static EngineException loadFailure(EngineSettings settings, GgufHeader header, int contextSize, MemoryNeed need, RuntimeException e) {
        String name = settings.model().getFileName().toString();
        if (settings.gpuLayers() > 0) {
            return new EngineException.ModelLoadFailed("llama.cpp could not load " + name + " with " + settings.gpuLayers()
                    + " GPU layers and a " + contextSize + "-token context: the GPU may be short of memory ("
                    + need.describe(name, contextSize) + "); try fewer GPU layers or a smaller context. llama.cpp's log on stderr has the details", e);
        }
        if (need.total() > need.available()) {
            return new EngineException.OutOfMemory(need.describe(name, contextSize) + " but only "
                    + gigabytes(need.available()) + " of memory is free: lower the context size or close other programs");
        }
        return new EngineException.ModelLoadFailed("llama.cpp could not load " + name + " (architecture '" + header.architecture()
                + "'): this llama.cpp build may not support it. llama.cpp's log on stderr has the details", e);
    }

    @Override
    public CompletionResult complete(CompletionRequest request, TokenListener listener, CancelToken cancel) throws EngineException {
        TokenStream stream = new TokenStream();
        AtomicBoolean stop = new AtomicBoolean();
        draining.add(stream);
        CompletionResult result;
        try {
            worker.execute(() -> generate(request, stream, stop));
            result = stream.drain(listener, cancel, null, () -> "", () -> stop.set(true));
        } catch (RejectedExecutionException e) {
            throw closed(e);
        } finally {
            draining.remove(stream);
        }
        // The worker can finish before the caller has taken every piece; a close() made while the caller was still
        // taking them stopped this completion as far as the caller is concerned.
        if (closing && result.finishReason() != CompletionResult.FinishReason.CANCELLED) {
            return new CompletionResult(result.text(), result.tokens(), result.elapsed(), result.firstToken(),
                    CompletionResult.FinishReason.CANCELLED);
        }
        return result;
    }

    /** Runs on the worker. Always ends the stream, also when stopped, so that a caller never waits forever. */
    private void generate(CompletionRequest request, TokenStream stream, AtomicBoolean stop) {
        if (stop.get() || closing) {
            stream.finish(FinishReason.CANCELLED, null);
            return;
        }
        try {
            String prompt = request.isChat() ? render(request.inferenceMessages()) : request.prompt();
            int promptTokens = model.encode(prompt).length + 1; // + BOS
            if (promptTokens >= contextSize) {
                stream.fail(new EngineException.ContextOverflow("The prompt is " + promptTokens + " tokens but the context holds "
                        + contextSize + ": raise the context size or preview an earlier step"));
                return;
            }
            // never generate past the context: llama.cpp would shift it and silently forget the prompt's beginning
            int limit = Math.min(request.sampling().maxTokens(), contextSize - promptTokens);
            LlamaIterator tokens = model.generate(parameters(prompt, request.sampling(), limit)).iterator();
            StringBuilder text = new StringBuilder();
            int pieces = 0;
            while (tokens.hasNext()) {
                LlamaOutput output = tokens.next();
                if ((stop.get() || closing) && tokens.hasNext()) {
                    tokens.cancel();
                    stream.finish(FinishReason.CANCELLED, null);
                    return;
                }
                if (!output.text.isEmpty()) {
                    stream.piece(output.text);
                    text.append(output.text);
                    pieces++;
                }
            }
            stream.finish(generatedTokens(text, pieces) >= limit ? FinishReason.LENGTH : FinishReason.STOP, null);
        } catch (RuntimeException e) {
            stream.fail(new EngineException.GenerationFailed("llama.cpp failed while generating: " + e.getMessage(), e));
        }
    }

    /**
     * java-llama.cpp reports pieces, not tokens, and a piece holds several tokens where a character spans them; the
     * text's own tokenisation counts those (it can only undercount). Text with invalid UTF-8 (U+FFFD) would not
     * tokenise back to its bytes, so there the pieces are the count.
     */
    private int generatedTokens(CharSequence text, int pieces) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c == '\uFFFD')) {
            return pieces;
        }
        return Math.max(pieces, model.encode(text.toString()).length);
    }

    private static InferenceParameters parameters(String prompt, Sampling sampling, int limit) {
        InferenceParameters parameters = new InferenceParameters(prompt)
                .setNPredict(limit)
                .setTemperature((float) sampling.temperature())
                .setTopP((float) sampling.topP());
        if (sampling.seed() != null) {
            parameters.setSeed((int) (long) sampling.seed());
        }
        if (!sampling.stop().isEmpty()) {
            parameters.setStopStrings(sampling.stop().toArray(String[]::new));
        }
        return parameters;
    }

    /**
     * The prompt the model sees for these messages, rendered with its own chat template and ending where the
     * assistant's turn begins. Tool responses become user turns (see {@link CompletionRequest#inferenceMessages()}).
     */
    public String renderPrompt(List<ChatMessage> messages) throws EngineException {
        return onWorker(() -> render(CompletionRequest.chat(messages, Sampling.defaults()).inferenceMessages()));
    }

    /** Tokens of {@code text} in the model's vocabulary. */
    public int countTokens(String text) throws EngineException {
        return onWorker(() -> model.encode(text).length);
    }

    /** Worker only. */
    private String render(List<ChatMessage> messages) {
        String system = null;
        List<Pair<String, String>> turns = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message.role().equals(ChatMessage.SYSTEM) && system == null && turns.isEmpty()) {
                system = message.content();
            } else {
                // java-llama.cpp passes user and assistant turns; a later system message is shown as a user turn
                String role = message.role().equals(ChatMessage.ASSISTANT) ? ChatMessage.ASSISTANT : ChatMessage.USER;
                turns.add(new Pair<>(role, message.content()));
            }
        }
        try {
            return model.applyTemplate(new InferenceParameters("").setMessages(system, turns));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the model's chat template failed ({0}); using ChatML", e.getMessage());
            return chatMl(system, turns);
        }
    }

    private static String chatMl(String system, List<Pair<String, String>> turns) {
        StringBuilder prompt = new StringBuilder();
        if (system != null) {
            prompt.append("<|im_start|>system\n").append(system).append("<|im_end|>\n");
        }
        for (Pair<String, String> turn : turns) {
            prompt.append("<|im_start|>").append(turn.getKey()).append('\n').append(turn.getValue()).append("<|im_end|>\n");
        }
        return prompt.append("<|im_start|>assistant\n").toString();
    }

    private <T> T onWorker(Callable<T> task) throws EngineException {
        try {
            Future<T> result = worker.submit(task);
            return result.get();
        } catch (RejectedExecutionException e) {
            throw closed(e);
        } catch (ExecutionException e) {
            throw new EngineException.GenerationFailed("llama.cpp failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException.GenerationFailed("interrupted while waiting for llama.cpp", e);
        }
    }

    private EngineException closed(Exception cause) {
        return new EngineException.GenerationFailed("The model " + settings.model().getFileName() + " was closed", cause);
    }

    /** The context in tokens: the setting, capped at the length the model was trained with. */
    public int contextSize() {
        return contextSize;
    }

    @Override
    public String description() {
        return settings.model().getFileName() + " (llama.cpp, " + contextSize + "-token context, "
                + (settings.gpuLayers() == 0 ? "CPU" : settings.gpuLayers() + " GPU layers") + ")";
    }

    /**
     * Stops running and queued completions (they end CANCELLED after at most one more token), then frees the model on
     * the worker, so that memory is never freed under a native call. Waits up to five seconds for that.
     */
    @Override
    public synchronized void close() {
        if (worker.isShutdown()) {
            return;
        }
        closing = true;
        draining.forEach(TokenStream::abandon);
        worker.execute(model::close);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "llama.cpp is still busy; the model is freed when it finishes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }

    /** Memory a model needs (weights as big as the file, plus its KV cache) against what the machine has. */
    private record MemoryNeed(long weights, long kvCache, long physical, long available) {
        static MemoryNeed of(GgufHeader header, int contextSize) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new MemoryNeed(header.fileSize(), header.kvCacheBytes(contextSize).orElse(0), os.getTotalMemorySize(),
                    linuxAvailable().orElse(os.getFreeMemorySize()));
        }

        /** Linux's MemAvailable counts reclaimable page cache, which the JVM's "free memory" does not. */
        private static OptionalLong linuxAvailable() {
            try (var lines = Files.lines(Path.of("/proc/meminfo"))) {
                return lines.filter(line -> line.startsWith("MemAvailable:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                        .findFirst();
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        }

        long total() {
            return weights + kvCache;
        }

        String describe(String name, int contextSize) {
            return name + " needs about " + gigabytes(total()) + " (" + gigabytes(weights) + " of weights and "
                    + gigabytes(kvCache) + " for a " + contextSize + "-token context)";
        }
    }
}
