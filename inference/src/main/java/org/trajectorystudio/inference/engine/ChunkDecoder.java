package org.trajectorystudio.inference.engine;

import org.trajectorystudio.inference.engine.CompletionResult.FinishReason;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON chunks of an OpenAI stream: {@code choices[0].delta.content} (chat) or {@code choices[0].text}
 * (completions), the reasoning some servers split off ({@code delta.reasoning_content} from vLLM, SGLang and
 * llama.cpp, {@code delta.reasoning} from Ollama), {@code finish_reason}, {@code usage}, and an {@code error} a server
 * may send in the middle of a stream. Reasoning is handed on wrapped in {@code <think>…</think>}, so the text reads
 * as the model wrote it.
 */
final class ChunkDecoder {
    private static final int SHOWN = 80;

    private final EndpointSettings.Api api;
    private final Redactor redactor;
    private boolean inReasoning;
    private String finishReason;
    private Integer completionTokens;

    ChunkDecoder(EndpointSettings.Api api, Redactor redactor) {
        this.api = api;
        this.redactor = redactor;
    }

    /** Decodes one {@code data:} payload (other than {@code [DONE]}) and posts its text. */
    void accept(String data, TokenStream stream) throws EngineException {
        JsonNode chunk = Json.tryParse(data);
        if (chunk == null || !chunk.isObject()) {
            String shown = data.length() <= SHOWN ? data : data.substring(0, SHOWN) + "…";
            throw new EngineException.BadResponse("The server sent a stream chunk that is not JSON: " + redactor.redact(shown));
        }
        if (chunk.has("error")) {
            String message = ServerMessage.of(chunk).orElse("no details");
            throw new EngineException.GenerationFailed("The server reported an error: " + redactor.redact(message), null);
        }
        if (chunk.get("usage") instanceof JsonNode usage && usage.get("completion_tokens") instanceof JsonNode tokens && tokens.isIntegralNumber()) {
            completionTokens = tokens.intValue();
        }
        JsonNode choice = chunk.path("choices").path(0);
        if (choice.isMissingNode()) {
            return; // e.g. the usage chunk, which has no choices
        }
        if (api == EndpointSettings.Api.CHAT) {
            JsonNode delta = choice.path("delta");
            String reasoning = firstText(delta, "reasoning_content", "reasoning");
            if (reasoning != null && !reasoning.isEmpty()) {
                stream.piece(inReasoning ? reasoning : "<think>\n" + reasoning);
                inReasoning = true;
            }
            content(Json.text(delta, "content"), stream);
        } else {
            content(Json.text(choice, "text"), stream);
        }
        if (Json.text(choice, "finish_reason") instanceof String reason) {
            finishReason = reason;
        }
    }

    private void content(String text, TokenStream stream) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (inReasoning) {
            stream.piece("\n</think>\n\n");
            inReasoning = false;
        }
        stream.piece(text);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (Json.text(node, field) instanceof String text) {
                return text;
            }
        }
        return null;
    }

    /** True once a chunk said why generation ended: the stream may then end without {@code [DONE]}. */
    boolean sawFinish() {
        return finishReason != null;
    }

    /** Ends the stream normally: closes an open thought and posts the end. */
    void finish(TokenStream stream) {
        if (inReasoning) {
            stream.piece("\n</think>");
            inReasoning = false;
        }
        stream.finish("length".equals(finishReason) ? FinishReason.LENGTH : FinishReason.STOP, completionTokens);
    }
}
