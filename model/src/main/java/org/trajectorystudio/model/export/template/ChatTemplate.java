package org.trajectorystudio.model.export.template;

import java.util.List;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.node.ArrayNode;

/**
 * Turns a conversation into the exact text a model is trained on. Implementations must be thread-safe and
 * deterministic: the same messages always give the same text. Messages may be flat or structured
 * ({@link ChatMessage#structured()}).
 */
public interface ChatTemplate {

    /**
     * @param functions the tools offered, in the OpenAI function form transformers passes to templates
     *     ({@link ToolSchemas}); empty for none
     * @param addGenerationPrompt whether to open an assistant turn at the end (prompting, not training)
     */
    String render(List<ChatMessage> messages, ArrayNode functions, boolean addGenerationPrompt);

    /** @param tools offered to the model; empty for none */
    default String render(List<ChatMessage> messages, List<ToolSpec> tools, boolean addGenerationPrompt) {
        return render(messages, ToolSchemas.functions(tools), addGenerationPrompt);
    }

    default String render(List<ChatMessage> messages, List<ToolSpec> tools) {
        return render(messages, tools, false);
    }

    /** Names the template for export manifests: which one, and a content hash where it came from a file. */
    String identity();
}
