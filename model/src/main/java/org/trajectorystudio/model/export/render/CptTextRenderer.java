package org.trajectorystudio.model.export.render;

import java.util.Objects;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.export.template.ToolSchemas;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/** {@code {text}}: the whole conversation rendered with the chat template, as continual pre-training text. */
public final class CptTextRenderer implements Renderer {
    private final ChatTemplate template;
    private final Rendering rendering;

    public CptTextRenderer(ChatTemplate template) {
        this(template, Rendering.TEMPLATE);
    }

    public CptTextRenderer(ChatTemplate template, Rendering rendering) {
        this.template = Objects.requireNonNull(template, "template");
        this.rendering = Objects.requireNonNull(rendering, "rendering");
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
        String text = template.render(Messages.of(sample, steps, rendering), ToolSchemas.offered(sample), false);
        ObjectNode body = Json.object();
        body.put("text", text);
        return new Rendered(body, text, steps, steps == sample.steps().size());
    }
}
