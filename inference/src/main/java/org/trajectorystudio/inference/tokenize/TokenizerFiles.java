package org.trajectorystudio.inference.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trajectorystudio.model.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Checks tokenizer files before a native library sees them, so that a wrong path gives a clear one-line error. */
public final class TokenizerFiles {
    private static final byte[] GGUF_MAGIC = {'G', 'G', 'U', 'F'};

    private TokenizerFiles() {}

    /** A tokenizer.json, or a folder holding one; fails unless it is a JSON object with a "model" object. */
    public static Path requireTokenizerJson(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve("tokenizer.json") : path;
        if (!Files.exists(file)) {
            throw new TokenizerLoadException(Files.isDirectory(path)
                    ? "hf:" + path + " is a folder without a tokenizer.json"
                    : "hf:" + path + " does not exist");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new TokenizerLoadException("hf:" + file + " is not a tokenizer.json (not valid JSON: " + HfTokenizerCounter.firstLine(e) + ")", e);
        }
        if (root == null || !root.isObject() || root.get("model") == null || !root.get("model").isObject()) {
            throw new TokenizerLoadException("hf:" + file + " is not a tokenizer.json (it has no \"model\" object)");
        }
        return file;
    }

    /** A file that starts with the GGUF magic. */
    public static Path requireGguf(Path file) {
        if (!Files.exists(file)) {
            throw new TokenizerLoadException("gguf:" + file + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new TokenizerLoadException("gguf:" + file + " is a folder, not a .gguf file");
        }
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) != 4 || !java.util.Arrays.equals(magic, GGUF_MAGIC)) {
                throw new TokenizerLoadException("gguf:" + file + " is not a GGUF file (it does not start with \"GGUF\")");
            }
        } catch (IOException e) {
            throw new TokenizerLoadException("gguf:" + file + " cannot be read: " + e.getMessage(), e);
        }
        return file;
    }
}
