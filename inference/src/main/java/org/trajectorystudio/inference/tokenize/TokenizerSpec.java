package org.trajectorystudio.inference.tokenize;

import java.nio.file.Path;
import java.util.Locale;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;

/**
 * What {@code --tokenizer} names: {@code approx} (the estimate, labelled approximate everywhere), {@code hf:PATH} (a
 * tokenizer.json or a model folder holding one) or {@code gguf:PATH} (a GGUF model's vocabulary).
 */
public sealed interface TokenizerSpec {

    /** Opens the counter; the caller closes it. Failures are {@link TokenizerLoadException}s with a one-line message. */
    CloseableTokenCounter open();

    /** The spec as it would be written on the command line. */
    String text();

    record Approximate() implements TokenizerSpec {
        @Override
        public CloseableTokenCounter open() {
            return new CloseableTokenCounter() {
                @Override
                public String name() {
                    return ApproximateTokenCounter.INSTANCE.name();
                }

                @Override
                public boolean exact() {
                    return false;
                }

                @Override
                public int count(String text) {
                    return ApproximateTokenCounter.INSTANCE.count(text);
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public String text() {
            return "approx";
        }
    }

    record HuggingFace(Path path) implements TokenizerSpec {
        @Override
        public CloseableTokenCounter open() {
            return HfTokenizerCounter.open(path);
        }

        @Override
        public String text() {
            return "hf:" + path;
        }
    }

    record Gguf(Path path) implements TokenizerSpec {
        @Override
        public CloseableTokenCounter open() {
            return GgufVocabCounter.open(path);
        }

        @Override
        public String text() {
            return "gguf:" + path;
        }
    }

    /** Parses and checks the spec; files are checked here so that a typo fails before any export starts. */
    static TokenizerSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no tokenizer given (expected approx, hf:PATH or gguf:PATH)");
        }
        String trimmed = spec.strip();
        if (trimmed.toLowerCase(Locale.ROOT).equals("approx")) {
            return new Approximate();
        }
        int colon = trimmed.indexOf(':');
        String scheme = colon < 0 ? "" : trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        String path = colon < 0 ? "" : trimmed.substring(colon + 1);
        switch (scheme) {
            case "hf" -> {
                requirePath(scheme, path);
                TokenizerFiles.requireTokenizerJson(Path.of(path));
                return new HuggingFace(Path.of(path));
            }
            case "gguf" -> {
                requirePath(scheme, path);
                TokenizerFiles.requireGguf(Path.of(path));
                return new Gguf(Path.of(path));
            }
            default -> throw new IllegalArgumentException("unknown tokenizer '" + trimmed + "' (expected approx, hf:PATH or gguf:PATH)");
        }
    }

    private static void requirePath(String scheme, String path) {
        if (path.isBlank()) {
            throw new IllegalArgumentException("tokenizer " + scheme + ": needs a path, as in " + scheme + ":/models/qwen3/"
                    + (scheme.equals("hf") ? "tokenizer.json" : "model.gguf"));
        }
    }
}
