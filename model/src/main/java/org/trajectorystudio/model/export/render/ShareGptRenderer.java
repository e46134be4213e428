package org.trajectorystudio.model.export.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.export.template.ToolSchemas;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.ToolCall;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * LLaMA-Factory's sharegpt form {@code {conversations: [{from, value}], system, tools}}, described by the
 * {@code dataset_info.json} entry the export writes beside it ({@code LlamaFactoryDatasetInfo}).
 *
 * <p>LLaMA-Factory trains every {@code gpt} and {@code function_call} turn and masks {@code human} and
 * {@code observation}, and it drops a conversation whose turns do not alternate prompt, reply, prompt, reply: a tool
 * call is a {@code function_call} whose value is the call's JSON ({@code {name, arguments}}, a list for parallel
 * calls) after the thought in the template's thought words; the results of one step are one {@code observation} joined
 * as LLaMA-Factory's own OpenAI converter joins them; {@code tools} is a JSON string. Conversations that still would
 * not alternate (a user turn right after a tool result) are not accepted: LLaMA-Factory would skip them.
 */
public final class ShareGptRenderer implements Renderer {
    public static final String HUMAN = "human";
    public static final String GPT = "gpt";
    public static final String FUNCTION_CALL = "function_call";
    public static final String OBSERVATION = "observation";
    /** LLaMA-Factory's qwen3 template's thought words, which its function formatter looks for. */
    static final String THINK_OPEN = "<think>\n";
    static final String THINK_CLOSE = "\n</think>\n\n";
    /** How LLaMA-Factory's OpenAI converter joins consecutive tool results into one observation. */
    static final String RESULTS_JOIN = "\n</tool_response>\n<tool_response>\n";

    private final ChatTemplate template;
    private final Rendering rendering;

    public ShareGptRenderer(ChatTemplate template, Rendering rendering) {
        this.template = Objects.requireNonNull(template, "template");
        this.rendering = Objects.requireNonNull(rendering, "rendering");
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.SHAREGPT;
    }

    @Override
    public boolean accepts(Sample sample) {
        return alternates(turns(Messages.of(sample, sample.steps().size(), rendering)));
    }

    @Override
    public boolean truncatable() {
        return true;
    }

    @Override
    public Rendered render(Sample sample, int steps) {
        List<ChatMessage> messages = Messages.of(sample, steps, rendering);
        ObjectNode body = Json.object();
        ArrayNode conversations = body.putArray("conversations");
        for (Turn turn : turns(messages)) {
            conversations.addObject().put("from", turn.from()).put("value", turn.value());
        }
        String system = messages.stream().filter(m -> m.role().equals(ChatMessage.SYSTEM)).map(ChatMessage::content)
                .findFirst().orElse("");
        body.put("system", system);
        ArrayNode tools = ToolSchemas.offered(sample);
        body.put("tools", tools.isEmpty() ? "" : Json.write(tools));
        return new Rendered(body, template.render(messages, tools, false), steps, steps == sample.steps().size());
    }

    /** One sharegpt turn. */
    public record Turn(String from, String value) {
        public boolean prompt() {
            return from.equals(HUMAN) || from.equals(OBSERVATION);
        }
    }

    /** The turns LLaMA-Factory reads: system left out, tool results of a step joined, trailing prompts dropped. */
    static List<Turn> turns(List<ChatMessage> messages) {
        List<Turn> turns = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message.role().equals(ChatMessage.TOOL)) {
                results.add(message.content());
                continue;
            }
            flush(results, turns);
            switch (message.role()) {
                case ChatMessage.SYSTEM -> { }
                case ChatMessage.ASSISTANT -> turns.add(assistant(message));
                default -> turns.add(new Turn(HUMAN, message.content()));
            }
        }
        flush(results, turns);
        // A record cut after a tool result, or one ending on a user turn: nothing after the last reply is trained.
        while (!turns.isEmpty() && turns.getLast().prompt()) {
            turns.removeLast();
        }
        return turns;
    }

    private static void flush(List<String> results, List<Turn> turns) {
        if (!results.isEmpty()) {
            turns.add(new Turn(OBSERVATION, String.join(RESULTS_JOIN, results)));
            results.clear();
        }
    }

    private static Turn assistant(ChatMessage message) {
        StringBuilder value = new StringBuilder();
        if (message.toolCalls().isEmpty()) {
            if (message.reasoning() != null) {
                value.append(THINK_OPEN).append(message.reasoning()).append(THINK_CLOSE);
            }
            return new Turn(GPT, value.append(message.content()).toString());
        }
        // The function formatter keeps only a thought in the thought words before the call JSON: visible text written
        // before a call (a thought the source wrote as content) is that thought.
        String thought = message.reasoning() != null ? message.reasoning() : message.content().isEmpty() ? null : message.content();
        if (thought != null) {
            value.append(THINK_OPEN).append(thought).append(THINK_CLOSE);
        }
        List<ObjectNode> calls = new ArrayList<>();
        for (ToolCall call : message.toolCalls()) {
            ObjectNode node = Json.object().put("name", call.name());
            if (call.hasInvalidArguments()) {
                node.put("arguments", call.rawArguments());
            } else {
                node.set("arguments", call.arguments());
            }
            calls.add(node);
        }
        value.append(calls.size() == 1 ? Json.write(calls.getFirst()) : Json.write(Json.MAPPER.createArrayNode().addAll(calls)));
        return new Turn(FUNCTION_CALL, value.toString());
    }

    /** LLaMA-Factory's rule: prompt turns at even positions, replies at odd ones, ending on a reply. */
    static boolean alternates(List<Turn> turns) {
        if (turns.isEmpty() || turns.size() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).prompt() != (i % 2 == 0)) {
                return false;
            }
        }
        return true;
    }

    /** Each message's span of the template's text: the turns the record weights 1 trained, the rest masked. */
    @Override
    public LossMask lossMask(Sample sample, int steps) {
        return LossMask.of(template, Messages.of(sample, steps, rendering), ToolSchemas.offered(sample));
    }
}
