package org.trajectorystudio.app.similar;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trajectorystudio.inference.engine.EmbeddingEngine;
import org.trajectorystudio.inference.engine.EndpointSettings;
import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.inference.engine.LlamaCppEmbedder;
import org.trajectorystudio.inference.engine.OpenAiEmbedder;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.library.Settings;
import org.trajectorystudio.persistence.similar.SampleEmbedder;

/**
 * The embedding model "find similar" uses: a local GGUF or a server. Saved in the library's settings (never a key:
 * only the name of the environment variable that holds it), so that the window and {@code ./studio similar} share one
 * model and so one index.
 */
public sealed interface EmbeddingChoice extends org.trajectorystudio.app.ui.task.LoadedModel.Choice<EmbeddingEngine> {
    String GGUF = "similar.gguf";
    String ENDPOINT = "similar.endpoint";
    String MODEL = "similar.model";
    String KEY_ENV = "similar.apiKeyEnv";

    /** A GGUF run in process by llama.cpp in embedding mode. */
    record Gguf(Path file) implements EmbeddingChoice {
        public EmbeddingEngine open() throws EngineException {
            return LlamaCppEmbedder.load(file);
        }

        public String describe() {
            return file.getFileName().toString();
        }
    }

    /** An OpenAI-compatible {@code /v1/embeddings}; {@code apiKeyEnv} may be null. */
    record Endpoint(String url, String model, String apiKeyEnv) implements EmbeddingChoice {
        public EmbeddingEngine open() throws EngineException {
            EndpointSettings settings;
            try {
                settings = EndpointSettings.of(url, model);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("embedding server: " + e.getMessage(), e);
            }
            if (apiKeyEnv != null && !apiKeyEnv.isBlank()) {
                String key = System.getenv(apiKeyEnv);
                if (key == null || key.isBlank()) {
                    throw new IllegalArgumentException("environment variable " + apiKeyEnv + " is not set");
                }
                settings = settings.withApiKey(key);
            }
            return new OpenAiEmbedder(settings);
        }

        public String describe() {
            return model + " at " + url;
        }
    }

    /** Loads or connects; blocks (a model load takes seconds), so call it off the UI thread. */
    EmbeddingEngine open() throws EngineException;

    /** In a few words, for messages. */
    String describe();

    /** The choice saved in the library, if any. */
    static Optional<EmbeddingChoice> saved(Settings settings) {
        Optional<String> gguf = settings.get(GGUF).filter(value -> !value.isBlank());
        if (gguf.isPresent()) {
            return Optional.of(new Gguf(Path.of(gguf.get())));
        }
        Optional<String> url = settings.get(ENDPOINT).filter(value -> !value.isBlank());
        Optional<String> model = settings.get(MODEL).filter(value -> !value.isBlank());
        return url.isPresent() && model.isPresent()
                ? Optional.of(new Endpoint(url.get(), model.get(), settings.get(KEY_ENV).filter(v -> !v.isBlank()).orElse(null)))
                : Optional.empty();
    }

    /** Saves this choice in the library, replacing the last. */
    default void save(Settings settings) {
        switch (this) {
            case Gguf gguf -> {
                settings.set(GGUF, gguf.file().toAbsolutePath().toString());
                settings.set(ENDPOINT, "");
            }
            case Endpoint endpoint -> {
                settings.set(GGUF, "");
                settings.set(ENDPOINT, endpoint.url());
                settings.set(MODEL, endpoint.model());
                settings.set(KEY_ENV, endpoint.apiKeyEnv() == null ? "" : endpoint.apiKeyEnv());
            }
        }
    }

    /** The engine as the library's {@link SampleEmbedder}: a model failure becomes a one-line library failure. */
    static SampleEmbedder forLibrary(EmbeddingEngine engine) {
        return new SampleEmbedder() {
            @Override
            public String identity() {
                return engine.identity();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                try {
                    return engine.embed(texts);
                } catch (EngineException e) {
                    throw new LibraryException(e.getMessage(), e);
                }
            }
        };
    }
}
