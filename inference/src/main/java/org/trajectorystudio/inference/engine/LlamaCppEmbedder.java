package org.trajectorystudio.inference.engine;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.PoolingType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Embeddings from a local GGUF through llama.cpp's embedding mode ({@code de.kherud:llama}, {@link LlamaModel#embed}).
 *
 * <p>Pooling: a model that declares one ({@code <arch>.pooling_type}, as embedding models such as Qwen3-Embedding or
 * nomic-embed do) gets its own; any other (a chat model) gets the last token's state, the one token of a causal model
 * that has read the whole text. Texts longer than the context are cut to it (llama.cpp refuses them otherwise, and
 * the beginning of a sample, its question, is what says most about it). Every native call runs on one worker thread.
 */
public final class LlamaCppEmbedder implements EmbeddingEngine {
    /** Enough for a question and its answer; keeps the KV cache small whatever context the model was trained with. */
    static final int MAX_CONTEXT = 2048;
    /** Room left for BOS/EOS and for a cut text that tokenises a little longer than the tokens it came from. */
    private static final int MARGIN = 8;

    private final Path file;
    private final String identity;
    private final int contextSize;
    private final LlamaModel model;
    private final ExecutorService worker;

    private LlamaCppEmbedder(Path file, String identity, int contextSize, LlamaModel model) {
        this.file = file;
        this.identity = identity;
        this.contextSize = contextSize;
        this.model = model;
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("llama.cpp embed " + file.getFileName()).factory());
    }

    /** Loads the model in embedding mode; checks the file in Java first, as {@link LlamaCppEngine#load} does. */
    public static LlamaCppEmbedder load(Path file) throws EngineException {
        GgufHeader header = GgufHeader.read(file);
        int contextSize = (int) Math.min(MAX_CONTEXT, header.contextLength().orElse(MAX_CONTEXT));
        boolean ownPooling = header.metadata().containsKey(header.architecture() + ".pooling_type");
        ModelParameters parameters = new ModelParameters()
                .setModel(file.toAbsolutePath().toString())
                .enableEmbedding()
                .setPoolingType(ownPooling ? PoolingType.UNSPECIFIED : PoolingType.LAST)
                .setCtxSize(contextSize)
                .setBatchSize(contextSize) // a text is embedded in one batch: it must fit whole
                .setUbatchSize(contextSize)
                .setGpuLayers(0);
        try {
            return new LlamaCppEmbedder(file, identity(file), contextSize, new LlamaModel(parameters));
        } catch (LinkageError e) {
            throw new EngineException.ModelLoadFailed("llama.cpp's native library could not be loaded on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new EngineException.ModelLoadFailed("llama.cpp could not load " + file.getFileName() + " for embeddings"
                    + " (architecture '" + header.architecture() + "'). llama.cpp's log on stderr has the details", e);
        }
    }

    /** File name, size and modification time: a model replaced in place is a new model (hashing gigabytes is not). */
    private static String identity(Path file) throws EngineException {
        try {
            return "gguf:" + file.getFileName() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new EngineException.ModelNotFound("The model file " + file + " cannot be read: " + e.getMessage());
        }
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public List<float[]> embed(List<String> texts) throws EngineException {
        List<String> copy = List.copyOf(texts);
        try {
            return worker.submit(() -> {
                List<float[]> vectors = new ArrayList<>(copy.size());
                for (String text : copy) {
                    vectors.add(model.embed(fitted(text)));
                }
                return vectors;
            }).get();
        } catch (RejectedExecutionException e) {
            throw new EngineException.GenerationFailed("The model " + file.getFileName() + " was closed", e);
        } catch (ExecutionException e) {
            throw new EngineException.GenerationFailed("llama.cpp failed to embed: " + EndpointFailures.describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException.GenerationFailed("interrupted while waiting for llama.cpp", e);
        }
    }

    /** Worker only: the text, cut at a token boundary so that it fits the context. */
    private String fitted(String text) {
        int limit = contextSize - MARGIN;
        int[] tokens = model.encode(text);
        String fitted = text;
        for (int keep = limit; tokens.length > limit && keep > 0; keep -= MARGIN) {
            fitted = model.decode(Arrays.copyOf(tokens, keep));
            tokens = model.encode(fitted);
        }
        return fitted;
    }

    /** The context texts are cut to, in tokens. */
    public int contextSize() {
        return contextSize;
    }

    @Override
    public synchronized void close() {
        if (worker.isShutdown()) {
            return;
        }
        worker.execute(model::close);
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
