package org.trajectorystudio.model.export.render;

import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.template.ChatTemplate;

/** The renderer of each export format. */
public final class Renderers {
    private Renderers() {}

    /**
     * @param template used by {@code chat} (to count tokens as trained) and {@code cpt-text} (to write the text)
     * @param seed seeds the shuffle of HAS options
     * @param shuffleCandidates HAS options shuffled instead of in presented order
     */
    public static Renderer of(ExportFormat format, ChatTemplate template, long seed, boolean shuffleCandidates) {
        return switch (format) {
            case CHAT -> new ChatRenderer(template);
            case CPT_TEXT -> new CptTextRenderer(template);
            case HAS_TEXT -> new HasTextRenderer(seed, shuffleCandidates);
            case FAS_TEXT -> new FasTextRenderer();
        };
    }
}
