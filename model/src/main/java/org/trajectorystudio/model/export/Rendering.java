package org.trajectorystudio.model.export;

import java.util.Locale;

/** How {@code chat} and {@code cpt-text} write a conversation. */
public enum Rendering {
    /**
     * The conversation as structured messages ({@code tool_calls} with parsed arguments, {@code tool} results,
     * {@code reasoning_content}, {@code tools}) handed to the chat template: with a model's own template, the text
     * transformers' {@code apply_chat_template(messages, tools)} gives.
     */
    TEMPLATE("template"),
    /**
     * Each assistant turn and tool response exactly as the source wrote it (the text the source's model was trained
     * on); a step edited since import is written in the source's own convention.
     */
    SOURCE("source");

    private final String wireName;

    Rendering(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Rendering fromWireName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Rendering rendering : values()) {
            if (rendering.wireName.equals(wanted)) {
                return rendering;
            }
        }
        throw new IllegalArgumentException("unknown rendering '" + name + "' (expected template or source)");
    }
}
