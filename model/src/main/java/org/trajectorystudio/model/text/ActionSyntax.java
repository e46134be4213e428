package org.trajectorystudio.model.text;

import java.util.List;
import org.trajectorystudio.model.sample.Action;
import tools.jackson.databind.JsonNode;

/**
 * One way of writing an assistant's action into its text other than {@code <tool_call>} tags ({@link TaggedText}):
 * read and written by the same class, so that what a reader accepts is what a renderer writes. Stateless.
 */
public sealed interface ActionSyntax permits FunctionXml, McpXml, FencedBash, ReactText {
    /** Every syntax, in the order a text is tried against them. */
    List<ActionSyntax> ALL = List.of(new FunctionXml(), new McpXml(), new FencedBash(), ReactText.FIREACT);

    String name();

    /** True when the text is written in this syntax (a cheap look, no full read). */
    boolean finds(String text);

    /** Reads the text's calls into {@code calls}; the thought and any answer come back. */
    TextActions read(String text, ToolCallReader calls);

    /**
     * The turn in this syntax.
     *
     * @param callFields the step's per-call fields ({@code toolCallFields}: MCP keeps its {@code server_name} there), or
     *     null
     * @param finish the arguments of the call that gave an answer (ToolLLaMA's {@code Finish}), or null
     * @throws IllegalArgumentException when the syntax cannot express the action (see {@link #canWrite})
     */
    String write(String thought, Action action, JsonNode callFields, JsonNode finish);

    /** True when {@link #write} can express this action so that {@link #read} gives it back. */
    boolean canWrite(Action action);

    /** The first syntax the text is written in, or null. */
    static ActionSyntax of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (ActionSyntax syntax : ALL) {
            if (syntax.finds(text)) {
                return syntax;
            }
        }
        return null;
    }
}
