package org.trajectorystudio.model.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Metadata keys in which a reader tells renderers how the source wrote something the canonical sample holds only as
 * content. Each is written only where it matters, to keep bodies small.
 */
public final class SourceHints {
    /** Step: {@code "content"} when the thought was the visible text of a chat message (no {@code reasoning_content}, no
     * {@code <think>}), so that the model's template gets it back as content rather than as reasoning. */
    public static final String THOUGHT_AS = "thoughtAs";
    public static final String THOUGHT_AS_CONTENT = "content";
    /** Sample: a user turn after the last step (multi-turn dialogues), a string. */
    public static final String TRAILING_USER = "trailingUser";
    /** Step: {@code {"assistant": …, "observation": …}}, the turns exactly as the source wrote them, each only where it
     * differs from what the source's convention regenerates from the step. */
    public static final String SOURCE_TEXT = "sourceText";

    /** The step keys that only say how to render a step, not what it holds: content ids leave them out, so that a
     * sample read by a build that writes them keeps the id an earlier build gave it. */
    public static final Set<String> RENDERING_ONLY = Set.of(THOUGHT_AS, SOURCE_TEXT);

    private SourceHints() {}

    /** The sample without its rendering-only step keys; the same instance when it has none (the common case). */
    public static Sample withoutRenderingHints(Sample sample) {
        if (!hasRenderingHints(sample)) {
            return sample;
        }
        List<Step> steps = sample.steps().stream().map(step -> hinted(step) ? bare(step) : step).toList();
        return sample.withSteps(steps);
    }

    /** Whether any step carries a rendering-only key. */
    public static boolean hasRenderingHints(Sample sample) {
        return sample.steps().stream().anyMatch(SourceHints::hinted);
    }

    private static boolean hinted(Step step) {
        return hasRenderingHints(step.metadata());
    }

    /** Whether a step's metadata holds a rendering-only key. */
    public static boolean hasRenderingHints(Map<String, JsonNode> stepMetadata) {
        for (String key : RENDERING_ONLY) {
            if (stepMetadata.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static Step bare(Step step) {
        Map<String, JsonNode> metadata = new LinkedHashMap<>(step.metadata());
        metadata.keySet().removeAll(RENDERING_ONLY);
        return new Step(step.user(), step.thought(), step.action(), step.observation(), step.candidates(), step.chosen(),
                metadata);
    }
}
