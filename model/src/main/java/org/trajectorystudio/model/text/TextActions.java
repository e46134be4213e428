package org.trajectorystudio.model.text;

import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What an {@link ActionSyntax} read from a text besides its calls.
 *
 * @param thought the text outside the calls, null when blank
 * @param answer the answer the text gives ({@code finish[…]}, {@code Final Answer:}, ToolLLaMA {@code Finish}), or null
 * @param finish the arguments of a ToolLLaMA {@code Finish} call that gave the answer, or null
 */
public record TextActions(String thought, String answer, JsonNode finish) {
    private static final Pattern THOUGHT_LABEL = Pattern.compile("\\A\\s*(?:Thought|THOUGHT)[ \\t]*:[ \\t]*");

    /** Reads the calls of {@code text} into {@code calls}; null when the text uses none of the syntaxes. */
    public static TextActions read(String text, ToolCallReader calls) {
        ActionSyntax syntax = ActionSyntax.of(text);
        return syntax == null ? null : syntax.read(text, calls);
    }

    /** A thought with a leading {@code Thought:} label removed; null when blank. */
    static String thought(String text) {
        String stripped = THOUGHT_LABEL.matcher(text).replaceFirst("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A value without the newline that opens and the one that closes it. */
    static String trimNewlines(String value) {
        String trimmed = value.startsWith("\n") ? value.substring(1) : value;
        return trimmed.endsWith("\n") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** A tool result written as a user turn: its text without a leading {@code Observation:} label. */
    public static String observation(String text) {
        String stripped = text.stripLeading();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.startsWith("observation:")) {
            return stripped.substring("observation:".length()).strip();
        }
        return text;
    }
}
