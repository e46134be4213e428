package org.trajectorystudio.model.sample;

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

    private SourceHints() {}
}
