package org.trajectorystudio.inference.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jinjava.javax.el.CompositeELResolver;
import org.trajectorystudio.inference.tokenize.FileDigests;
import org.trajectorystudio.inference.tokenize.GgufMetadata;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A model's own chat template, rendered with Jinjava the way transformers' {@code apply_chat_template} renders it:
 * {@code trim_blocks} and {@code lstrip_blocks} on, {@code messages} as {role, content} maps, {@code tools} in the
 * OpenAI function form (or none), {@code add_generation_prompt}, {@code bos_token}/{@code eos_token} from the config,
 * {@code raise_exception}, and a Python-style {@code tojson}. Python string methods and the two syntax gaps of
 * Jinjava ({@code [::-1]}, keyword arguments with operators in {@code namespace()}) are bridged by
 * {@link PythonStringMethods} and {@link JinjaCompat}. Thread-safe.
 */
public final class JinjaChatTemplate implements ChatTemplate {
    private static final Jinjava JINJAVA = createEngine();

    private final String source;
    private final String toolUseSource;
    private final String bosToken;
    private final String eosToken;
    private final String identity;

    private JinjaChatTemplate(String source, String toolUseSource, String bosToken, String eosToken, String origin) {
        this.source = JinjaCompat.prepare(Objects.requireNonNull(source, "source"));
        this.toolUseSource = toolUseSource == null ? null : JinjaCompat.prepare(toolUseSource);
        this.bosToken = bosToken == null ? "" : bosToken;
        this.eosToken = eosToken == null ? "" : eosToken;
        this.identity = "jinja:" + origin + " sha256:" + FileDigests.shortSha256(source + (toolUseSource == null ? "" : "\u0000" + toolUseSource));
    }

    /** A template given as text. {@code origin} names where it came from in the manifest. */
    public static JinjaChatTemplate of(String source, String bosToken, String eosToken, String origin) {
        return new JinjaChatTemplate(source, null, bosToken, eosToken, origin);
    }

    /**
     * The {@code chat_template} of a tokenizer_config.json: a string, or a list of named templates of which
     * {@code tool_use} serves conversations with tools and {@code default} the others (as transformers chooses).
     */
    public static JinjaChatTemplate fromTokenizerConfig(Path file) {
        Path separate = file.resolveSibling("chat_template.jinja");
        if (!Files.exists(file)) {
            if (Files.isRegularFile(separate)) {
                return new JinjaChatTemplate(read(separate), null, null, null, separate.getFileName().toString());
            }
            throw new ChatTemplateException(file + " does not exist");
        }
        JsonNode config;
        try {
            config = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new ChatTemplateException(file + " is not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        }
        JsonNode template = config == null ? null : config.get("chat_template");
        String origin = file.getFileName().toString();
        String bos = specialToken(config, "bos_token");
        String eos = specialToken(config, "eos_token");
        if (template != null && template.isString()) {
            return new JinjaChatTemplate(template.stringValue(), null, bos, eos, origin);
        }
        if (template != null && template.isArray()) {
            Map<String, String> named = new LinkedHashMap<>();
            template.forEach(entry -> named.put(Json.text(entry, "name"), Json.text(entry, "template")));
            String fallback = named.getOrDefault("default", named.values().stream().filter(Objects::nonNull).findFirst().orElse(null));
            if (fallback == null) {
                throw new ChatTemplateException(file + " lists chat templates but none has a template text");
            }
            return new JinjaChatTemplate(fallback, named.get("tool_use"), bos, eos, origin);
        }
        if (Files.isRegularFile(separate)) { // newer transformers save the template next to the config
            return new JinjaChatTemplate(read(separate), null, bos, eos, separate.getFileName().toString());
        }
        throw new ChatTemplateException(file + " has no chat_template");
    }

    /** The template a GGUF converter embedded ({@code tokenizer.chat_template}), with the file's BOS/EOS tokens. */
    public static JinjaChatTemplate fromGguf(Path file) {
        GgufMetadata metadata = GgufMetadata.read(file);
        if (metadata.chatTemplate() == null) {
            throw new ChatTemplateException("gguf:" + file + " has no tokenizer.chat_template");
        }
        return new JinjaChatTemplate(metadata.chatTemplate(), null, metadata.bosToken(), metadata.eosToken(), file.getFileName().toString());
    }

    /** A Jinja file holding just the template. */
    public static JinjaChatTemplate fromFile(Path file, String bosToken, String eosToken) {
        return new JinjaChatTemplate(read(file), null, bosToken, eosToken, file.getFileName().toString());
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public String render(List<ChatMessage> messages, ArrayNode tools, boolean addGenerationPrompt) {
        List<Map<String, Object>> messageMaps = new ArrayList<>(messages.size());
        for (ChatMessage message : messages) {
            messageMaps.add(JinjaValues.message(message));
        }
        Map<String, Object> context = new HashMap<>();
        context.put("messages", messageMaps);
        context.put("tools", tools.isEmpty() ? null : JinjaValues.of(tools));
        context.put("add_generation_prompt", addGenerationPrompt);
        context.put("bos_token", bosToken);
        context.put("eos_token", eosToken);
        String template = !tools.isEmpty() && toolUseSource != null ? toolUseSource : source;
        RenderResult result = JINJAVA.renderForResult(template, context);
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw new ChatTemplateException(identity + " failed at line " + error.getLineno() + ": " + message(error));
            }
        }
        return result.getOutput();
    }

    /** What the template raised, or else what Jinjava reported. */
    private static String message(TemplateError error) {
        for (Throwable cause = error.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateRaised raised) {
                return "raise_exception: " + raised.getMessage();
            }
        }
        return firstLine(error.getMessage());
    }

    private static String specialToken(JsonNode config, String field) {
        JsonNode value = config == null ? null : config.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.stringValue() : Json.text(value, "content"); // an AddedToken object
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ChatTemplateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static Jinjava createEngine() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new PythonStringMethods());
        resolver.add(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY);
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                .withNestedInterpretationEnabled(false) // message text that looks like {{ … }} stays text
                .withElResolver(resolver)
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withUseNaturalOperatorPrecedence(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .withParseWhitespaceControlStrictly(true)
                        .withHandleBackslashInQuotesOnly(true)
                        .withKeepNullableLoopValues(true)
                        .build())
                .build();
        Jinjava jinjava = new Jinjava(config);
        jinjava.getGlobalContext().registerFunction(new ELFunctionDefinition("", "raise_exception", JinjaChatTemplate.class, "raise", Object.class));
        jinjava.getGlobalContext().registerFilter(new PyToJsonFilter());
        return jinjava;
    }

    /** {@code raise_exception(message)}: the template refuses the conversation. */
    public static Object raise(Object message) {
        throw new TemplateRaised(String.valueOf(message));
    }

    private static final class TemplateRaised extends RuntimeException {
        TemplateRaised(String message) {
            super(message);
        }
    }
}
