package org.trajectorystudio.inference.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request behind a preview: "what would this model do at step K of this sample?". Read the completion back with
 * {@link org.trajectorystudio.model.preview.CompletionParser}.
 */
public final class PreviewPrompt {
    /** The model must stop after its action: the tool's response is the environment's to write, not the model's. */
    public static final String TOOL_RESPONSE_STOP = "<tool_response>";

    private PreviewPrompt() {}

    /**
     * The context before step {@code step} ({@link Conversation#upTo}): system prompt, question and every earlier step
     * with its real response; {@code step == steps} asks for the step after the last. A sample that offers tools but
     * has no system prompt gets one that lists them, in the Qwen/Hermes form Tongyi's agents use, so that the model
     * knows what it may call. {@link #TOOL_RESPONSE_STOP} is added to the stop strings.
     *
     * @throws IllegalArgumentException when {@code step} is outside {@code 0..steps}
     */
    public static CompletionRequest forStep(Sample sample, int step, Sampling sampling) {
        List<ChatMessage> messages = new ArrayList<>(Conversation.upTo(sample, step));
        if (!messages.getFirst().role().equals(ChatMessage.SYSTEM) && !sample.tools().isEmpty()) {
            messages.addFirst(new ChatMessage(ChatMessage.SYSTEM, toolsPrompt(sample.tools()), false, -1));
        }
        Set<String> stop = new LinkedHashSet<>(sampling.stop());
        stop.add(TOOL_RESPONSE_STOP);
        return CompletionRequest.chat(messages, sampling.withStop(List.copyOf(stop)));
    }

    /** The tool section Qwen's chat templates write when a request carries tools. */
    static String toolsPrompt(List<ToolSpec> tools) {
        StringBuilder prompt = new StringBuilder("# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
                + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>");
        for (ToolSpec tool : tools) {
            ObjectNode function = Json.object().put("name", tool.name());
            if (tool.description() != null) {
                function.put("description", tool.description());
            }
            if (tool.parameters() != null) {
                function.set("parameters", tool.parameters());
            }
            ObjectNode entry = Json.object().put("type", "function");
            entry.set("function", function);
            prompt.append('\n').append(Json.write(entry));
        }
        return prompt.append("\n</tools>\n\nFor each function call, return a json object with function name and arguments "
                + "within <tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>")
                .toString();
    }
}
