package org.trajectorystudio.inference.engine;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Embeddings from an OpenAI-compatible server ({@code POST /v1/embeddings}: vLLM, llama.cpp's server with
 * {@code --embeddings}, Ollama, LM Studio, TEI): one request per batch, vectors put back in input order by their
 * {@code index}. Failures read as the completion engine's do ({@link EndpointFailures}), with the key masked.
 */
public final class OpenAiEmbedder implements EmbeddingEngine {
    private final EndpointSettings settings;
    private final EndpointFailures failures;
    private final HttpClient client;

    public OpenAiEmbedder(EndpointSettings settings) {
        this.settings = settings;
        this.failures = new EndpointFailures(settings, new Redactor(settings.apiKey()));
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String identity() {
        return "endpoint:" + settings.server() + ":" + settings.model();
    }

    @Override
    public List<float[]> embed(List<String> texts) throws EngineException {
        if (texts.isEmpty()) {
            return List.of();
        }
        ObjectNode body = Json.object().put("model", settings.model());
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        HttpRequest.Builder http = HttpRequest.newBuilder(settings.embeddingsEndpoint())
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        if (settings.apiKey() != null) {
            http.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = client.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException.GenerationFailed("interrupted while waiting for " + settings.server(), e);
        } catch (java.io.IOException e) {
            throw failures.connectionFailure(e);
        }
        if (response.statusCode() / 100 != 2) {
            throw failures.httpError(response.statusCode(), response.body());
        }
        return vectors(response.body(), texts.size());
    }

    /** {@code {"data": [{"index": i, "embedding": [..]}, ..]}}: one vector per input, all of one length. */
    private List<float[]> vectors(String body, int count) throws EngineException {
        JsonNode data = Json.tryParse(body) instanceof JsonNode root ? root.path("data") : null;
        if (data == null || !data.isArray() || data.size() != count) {
            throw malformed("expected " + count + " embeddings in \"data\"");
        }
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            JsonNode item = data.get(i);
            int index = item.path("index").isIntegralNumber() ? item.path("index").asInt() : i;
            JsonNode embedding = item.path("embedding");
            if (index < 0 || index >= count || vectors[index] != null || !embedding.isArray() || embedding.isEmpty()) {
                throw malformed("item " + i + " has no usable \"embedding\" or \"index\"");
            }
            float[] vector = new float[embedding.size()];
            for (int j = 0; j < vector.length; j++) {
                if (!embedding.get(j).isNumber()) {
                    throw malformed("item " + i + " holds a non-number");
                }
                vector[j] = (float) embedding.get(j).asDouble();
            }
            vectors[index] = vector;
        }
        for (float[] vector : vectors) {
            if (vector.length != vectors[0].length) {
                throw malformed("embeddings of different lengths");
            }
        }
        return new ArrayList<>(Arrays.asList(vectors));
    }

    private EngineException malformed(String what) {
        return new EngineException.GenerationFailed(settings.server() + "'s answer to /v1/embeddings is not an embeddings list: " + what, null);
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
