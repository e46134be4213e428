package org.trajectorystudio.model.export.render;

import java.util.List;
import java.util.Objects;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.export.template.ToolSchemas;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code {messages: [{role, content, weight}], tools: [...]}}. The weight is 1 on assistant turns and 0 on system,
 * question and tool responses (the model never writes those). Tokens are counted on the conversation as the chat
 * template renders it, since that is what the trainer feeds the model.
 */
public final class ChatRenderer implements Renderer {
    private final ChatTemplate template;
    private final Rendering rendering;

    public ChatRenderer(ChatTemplate template) {
        this(template, Rendering.TEMPLATE);
    }

    public ChatRenderer(ChatTemplate template, Rendering rendering) {
        this.template = Objects.requireNonNull(template, "template");
        this.rendering = Objects.requireNonNull(rendering, "rendering");
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.CHAT;
    }

    @Override
    public boolean accepts(Sample sample) {
        return true;
    }

    @Override
    public boolean truncatable() {
        return true;
    }

    @Override
    public Rendered render(Sample sample, int steps) {
        List<ChatMessage> messages = Messages.of(sample, steps, rendering);
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("messages");
        for (ChatMessage message : messages) {
            ObjectNode node = array.addObject();
            node.put("role", message.role());
            node.put("content", message.content());
            if (message.reasoning() != null) {
                node.put("reasoning_content", message.reasoning());
            }
            if (!message.toolCalls().isEmpty()) {
                node.set("tool_calls", ToolSchemas.calls(message.toolCalls()));
            }
            node.put("weight", message.trainable() ? 1 : 0);
        }
        ArrayNode tools = ToolSchemas.offered(sample);
        body.set("tools", tools);
        return new Rendered(body, template.render(messages, tools, false), steps, steps == sample.steps().size());
    }

    /** Each message's span of the template's text: the turns the record weights 1 trained, the rest masked. */
    @Override
    public LossMask lossMask(Sample sample, int steps) {
        return LossMask.of(template, Messages.of(sample, steps, rendering), ToolSchemas.offered(sample));
    }
}
