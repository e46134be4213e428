package org.trajectorystudio.app.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.trajectorystudio.inference.engine.EngineSettings;
import org.trajectorystudio.inference.engine.Sampling;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.library.Settings;
import tools.jackson.databind.JsonNode;

/**
 * The preview's engine and sampling settings as the curator last used them, remembered in the library's settings
 * ({@code preview.*} keys) so that they come back on the next start. The API key is not among them: it stays in
 * memory for the session, because a library is a folder that is copied and shared with its data.
 *
 * @param engine {@link #GGUF} or {@link #ENDPOINT}
 * @param seed null for a random one
 */
public record PreviewSettings(String engine, String gguf, int gpuLayers, int contextSize, String endpointUrl, String endpointModel,
        double temperature, double topP, int maxTokens, Long seed, List<String> stop) {
    public static final String GGUF = "gguf";
    public static final String ENDPOINT = "endpoint";
    private static final String PREFIX = "preview.";

    public PreviewSettings {
        stop = List.copyOf(stop);
    }

    public static PreviewSettings defaults() {
        Sampling sampling = Sampling.defaults();
        return new PreviewSettings(GGUF, "", 0, EngineSettings.DEFAULT_CONTEXT, "http://localhost:8000", "",
                sampling.temperature(), sampling.topP(), sampling.maxTokens(), null, List.of());
    }

    /** Reads the remembered settings; a missing or unreadable value falls back to the default. SQL: not on the FX thread. */
    public static PreviewSettings load(Settings settings) {
        PreviewSettings d = defaults();
        return new PreviewSettings(
                read(settings, "engine", value -> value.equals(ENDPOINT) ? ENDPOINT : GGUF, d.engine),
                read(settings, "gguf", Function.identity(), d.gguf),
                read(settings, "gpuLayers", Integer::parseInt, d.gpuLayers),
                read(settings, "contextSize", Integer::parseInt, d.contextSize),
                read(settings, "endpointUrl", Function.identity(), d.endpointUrl),
                read(settings, "endpointModel", Function.identity(), d.endpointModel),
                read(settings, "temperature", Double::parseDouble, d.temperature),
                read(settings, "topP", Double::parseDouble, d.topP),
                read(settings, "maxTokens", Integer::parseInt, d.maxTokens),
                read(settings, "seed", value -> value.isEmpty() ? null : Long.parseLong(value), d.seed),
                read(settings, "stop", PreviewSettings::stopList, d.stop));
    }

    /** Remembers these settings (one transaction per key; they are few). SQL: not on the FX thread. */
    public void save(Settings settings) {
        settings.set(PREFIX + "engine", engine);
        settings.set(PREFIX + "gguf", gguf);
        settings.set(PREFIX + "gpuLayers", Integer.toString(gpuLayers));
        settings.set(PREFIX + "contextSize", Integer.toString(contextSize));
        settings.set(PREFIX + "endpointUrl", endpointUrl);
        settings.set(PREFIX + "endpointModel", endpointModel);
        settings.set(PREFIX + "temperature", Double.toString(temperature));
        settings.set(PREFIX + "topP", Double.toString(topP));
        settings.set(PREFIX + "maxTokens", Integer.toString(maxTokens));
        settings.set(PREFIX + "seed", seed == null ? "" : Long.toString(seed));
        var array = Json.MAPPER.createArrayNode();
        stop.forEach(array::add);
        settings.set(PREFIX + "stop", Json.write(array));
    }

    private static <T> T read(Settings settings, String key, Function<String, T> parse, T fallback) {
        Optional<String> value = settings.get(PREFIX + key);
        try {
            return value.map(parse).orElse(fallback);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static List<String> stopList(String json) {
        JsonNode node = Json.tryParse(json);
        List<String> strings = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> strings.add(item.asString()));
        }
        return strings;
    }
}
