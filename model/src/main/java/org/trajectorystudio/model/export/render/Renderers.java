package org.trajectorystudio.model.export.render;

import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.template.ChatTemplate;

/** The renderer of each export format. */
public final class Renderers {
    private Renderers() {}

    public static Renderer of(ExportProfile profile) {
        return of(profile.format(), profile.template(), profile.rendering(), profile.seed(), profile.shuffleCandidates());
    }

    /**
     * @param template used by {@code chat} (to count tokens as trained) and {@code cpt-text} (to write the text)
     * @param rendering how {@code chat} and {@code cpt-text} write the conversation
     * @param seed seeds the shuffle of HAS options
     * @param shuffleCandidates HAS options shuffled instead of in presented order
     */
    public static Renderer of(ExportFormat format, ChatTemplate template, Rendering rendering, long seed, boolean shuffleCandidates) {
        return switch (format) {
            case CHAT -> new ChatRenderer(template, rendering);
            case SHAREGPT -> new ShareGptRenderer(template, rendering);
            case CPT_TEXT -> new CptTextRenderer(template, rendering);
            case HAS_TEXT -> new HasTextRenderer(seed, shuffleCandidates);
            case FAS_TEXT -> new FasTextRenderer();
        };
    }

    public static Renderer of(ExportFormat format, ChatTemplate template, long seed, boolean shuffleCandidates) {
        return of(format, template, Rendering.TEMPLATE, seed, shuffleCandidates);
    }
}
