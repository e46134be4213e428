package org.trajectorystudio.inference.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.export.template.ChatTemplate;

/**
 * What {@code --template} names: {@code chatml} (built-in, Qwen3 style; the default), {@code hf:PATH} (the
 * chat_template of a tokenizer_config.json, or of the one in a model folder), {@code gguf:PATH} (the template a GGUF
 * embeds) or {@code jinja:PATH} (a template file).
 */
public final class TemplateSpec {
    private TemplateSpec() {}

    public static ChatTemplate open(String spec) {
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("chatml")) {
            return ChatMlTemplate.INSTANCE;
        }
        String trimmed = spec.strip();
        int colon = trimmed.indexOf(':');
        String scheme = colon < 0 ? "" : trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        Path path = Path.of(colon < 0 ? "" : trimmed.substring(colon + 1));
        if (!scheme.isEmpty() && !Files.exists(path)) {
            throw new ChatTemplateException("template " + trimmed + ": " + path + " does not exist");
        }
        return switch (scheme) {
            case "hf" -> JinjaChatTemplate.fromTokenizerConfig(Files.isDirectory(path) ? path.resolve("tokenizer_config.json") : path);
            case "gguf" -> JinjaChatTemplate.fromGguf(path);
            case "jinja" -> JinjaChatTemplate.fromFile(path, null, null);
            default -> throw new ChatTemplateException("unknown template '" + trimmed + "' (expected chatml, hf:PATH, gguf:PATH or jinja:PATH)");
        };
    }
}
