package org.trajectorystudio.model.export.render;

import java.util.Objects;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/** {@code {text}}: the whole conversation rendered with the chat template, as continual pre-training text. */
public final class CptTextRenderer implements Renderer {
    private final ChatTemplate template;

    public CptTextRenderer(ChatTemplate template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.CPT_TEXT;
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
        String text = template.render(Conversation.upTo(sample, steps), sample.tools());
        ObjectNode body = Json.object();
        body.put("text", text);
        return new Rendered(body, text, steps, steps == sample.steps().size());
    }
}
