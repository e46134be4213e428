package org.trajectorystudio.inference.tokenize;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import java.nio.file.Path;

/**
 * Exact counts with a GGUF model's own vocabulary, tokenized by llama.cpp (de.kherud:llama). Special tokens written in
 * the text count as one token each; no BOS is added.
 *
 * <p>de.kherud:llama 4.2.0 has no vocabulary-only mode: it loads the whole model. Weights are memory-mapped and never
 * evaluated here (no warm-up, no GPU layers, the smallest context), so loading costs address space rather than
 * reading the weights; a multi-GB file still needs to be a complete, loadable model. Calls are serialized: the
 * binding does not promise that tokenizing is thread-safe.
 */
public final class GgufVocabCounter implements CloseableTokenCounter {
    private static final int SMALL_CONTEXT = 256;

    private final LlamaModel model;
    private final String name;

    private GgufVocabCounter(LlamaModel model, String name) {
        this.model = model;
        this.name = name;
    }

    public static GgufVocabCounter open(Path file) {
        TokenizerFiles.requireGguf(file);
        GgufMetadata metadata = GgufMetadata.read(file);
        ModelParameters parameters = new ModelParameters()
                .setModel(file.toAbsolutePath().toString())
                .setCtxSize(SMALL_CONTEXT)
                .setBatchSize(SMALL_CONTEXT)
                .setUbatchSize(SMALL_CONTEXT)
                .setGpuLayers(0)
                .setParallel(1)
                .skipWarmup();
        LlamaModel model;
        try {
            model = new LlamaModel(parameters);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new TokenizerLoadException("gguf:" + file + " could not be loaded by llama.cpp: " + HfTokenizerCounter.firstLine(e), e);
        }
        String modelName = metadata.string("general.name");
        String name = "gguf:" + file.getFileName() + (modelName == null ? "" : " (" + modelName + ")")
                + " vocab " + metadata.vocabularySize() + " sha256:" + FileDigests.shortSha256(file);
        return new GgufVocabCounter(model, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public synchronized int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return model.encode(text).length;
    }

    /** The token ids, for tests and diagnostics. */
    public synchronized int[] encode(String text) {
        return model.encode(text);
    }

    @Override
    public synchronized void close() {
        model.close();
    }
}
