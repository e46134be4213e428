package org.trajectorystudio.inference.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.ToolSpec;

/**
 * The request behind a FAS planning preview: for a question alone, the model writes its analysis (the decomposition
 * into sub-questions, what needs evidence, where to look, pitfalls) and then predicts its first action, as the
 * AgentFounder paper's First-order Action Synthesis planning samples do. No tool is executed.
 *
 * <p>The analysis goes inside {@code <think>…</think>} and the action is a {@code <tool_call>} or an
 * {@code <answer>}, so {@link org.trajectorystudio.model.preview.CompletionParser} reads the completion back: its
 * thought is the plan, its action the first action.
 */
public final class PlanningPrompt {

    /** The search and visit tools of Tongyi DeepResearch's web agents, offered when the caller has none. */
    public static final List<ToolSpec> WEB_TOOLS = List.of(
            new ToolSpec("search", "Performs batched web searches: supply an array 'query'; the tool retrieves the top 10 results for each query in one call.",
                    Json.tryParse("{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},"
                            + "\"description\":\"Array of query strings. Include multiple complementary search queries in a single call.\"}},\"required\":[\"query\"]}")),
            new ToolSpec("visit", "Visit webpage(s) and return the summary of the content.",
                    Json.tryParse("{\"type\":\"object\",\"properties\":{\"url\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},"
                            + "\"description\":\"The URL(s) of the webpage(s) to visit.\"},\"goal\":{\"type\":\"string\","
                            + "\"description\":\"The specific information goal for visiting webpage(s).\"}},\"required\":[\"url\",\"goal\"]}")));

    static final String INSTRUCTIONS = """
            You are a deep-research agent. Before you act, plan.
            First analyse the question inside <think></think>: say what exactly is asked, break it into the \
            entities, constraints and sub-questions that must be resolved and in which order, say which parts you \
            can settle from your own knowledge and which need evidence, where that evidence is likely to be found, \
            and which pitfalls (similar names, conflicting sources) to avoid.
            Then give only your first action: one <tool_call></tool_call> with the tool and its arguments, or \
            <answer></answer> when no tool is needed. Stop after that first action; never write a tool response.""";

    private PlanningPrompt() {}

    /**
     * The planning request for {@code question}: the instructions and the tools in the system prompt, the question as
     * the user turn. {@link PreviewPrompt#TOOL_RESPONSE_STOP} is added to the stop strings.
     *
     * @param tools the tools the model may call first; {@link #WEB_TOOLS} when empty
     * @throws IllegalArgumentException when the question is blank
     */
    public static CompletionRequest forQuestion(String question, List<ToolSpec> tools, Sampling sampling) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("type a question to plan");
        }
        String system = INSTRUCTIONS + "\n\n" + PreviewPrompt.toolsPrompt(tools.isEmpty() ? WEB_TOOLS : tools);
        Set<String> stop = new LinkedHashSet<>(sampling.stop());
        stop.add(PreviewPrompt.TOOL_RESPONSE_STOP);
        return CompletionRequest.chat(List.of(
                        new ChatMessage(ChatMessage.SYSTEM, system, false, -1),
                        new ChatMessage(ChatMessage.USER, question.strip(), false, -1)),
                sampling.withStop(List.copyOf(stop)));
    }
}
