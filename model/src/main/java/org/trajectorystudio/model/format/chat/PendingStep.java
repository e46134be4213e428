package org.trajectorystudio.model.format.chat;

import org.trajectorystudio.model.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A step being read: its assistant turn, then the tool results that answer it, matched to its calls. */
final class PendingStep {
    /** One tool result; {@code call} indexes the step's calls, -1 when it matched none. */
    private record Result(int call, boolean byId, String text, ObjectNode fields) {}

    private final String thought;
    private final Action action;
    private final boolean plainText;
    private final boolean writtenCalls;
    private final Map<String, JsonNode> metadata;
    private final List<Result> results = new ArrayList<>(1);
    private final boolean[] answered;

    PendingStep(AssistantTurn turn, ArrayNode messagesBefore) {
        this.thought = turn.thought();
        this.action = turn.action();
        this.plainText = turn.plainText();
        this.writtenCalls = turn.writtenCalls() && turn.action() instanceof ToolCalls;
        this.metadata = new LinkedHashMap<>();
        if (messagesBefore != null) {
            metadata.put(ChatSampleBuilder.MESSAGES_BEFORE, messagesBefore);
        }
        metadata.putAll(turn.metadata());
        this.answered = new boolean[calls().size()];
    }

    /** True when the step makes tool calls, so that tool results may follow. */
    boolean hasCalls() {
        return action instanceof ToolCalls;
    }

    /** True when the step's calls were written in its text, so that their results come back as user turns. */
    boolean awaitsWrittenResults() {
        return writtenCalls && results.isEmpty();
    }

    /** A plain-text answer with nothing after it yet: it may be the thought of a tool call turn that follows. */
    boolean isBareText() {
        return plainText && results.isEmpty();
    }

    /** This bare-text step followed by a tool call turn, as one step whose thought is this step's text. */
    PendingStep absorbInto(AssistantTurn next) {
        String text = ((FinalAnswer) action).text();
        Map<String, JsonNode> merged = new LinkedHashMap<>(metadata);
        merged.putAll(next.metadata());
        AssistantTurn joined = new AssistantTurn(Texts.join(Texts.join(thought, text), next.thought()), next.action(),
                next.plainText(), merged, next.writtenCalls());
        return new PendingStep(joined, null);
    }

    /**
     * Adds a tool result: matched by call id, else to the first call not answered yet.
     *
     * @param fields the result message's fields other than its role and content (kept in the per-call mapping)
     */
    void addResult(String text, String callId, ObjectNode fields, Consumer<String> warn) {
        List<ToolCall> calls = calls();
        int call = -1;
        boolean byId = false;
        if (callId != null) {
            for (int i = 0; i < calls.size() && call < 0; i++) {
                if (!answered[i] && callId.equals(calls.get(i).id())) {
                    call = i;
                    byId = true;
                }
            }
            if (call < 0) {
                warn.accept("tool_call_id '" + callId + "' matches no unanswered call of the step; matched in order");
            }
        }
        for (int i = 0; i < calls.size() && call < 0; i++) {
            if (!answered[i]) {
                call = i;
            }
        }
        if (call < 0) {
            warn.accept("more tool results than tool calls; the extra result is appended to the observation");
        } else {
            answered[call] = true;
        }
        results.add(new Result(call, byId, text, fields));
    }

    Step build(Consumer<String> warn) {
        String observation = observation(warn);
        return new Step(thought, action, observation, List.of(), null, metadata);
    }

    /**
     * The results joined in call order (unmatched ones last) by a blank line; the per-call mapping, with each result's
     * {@code from}/{@code to} character range in the observation, goes to the step's {@code toolResults} metadata.
     */
    private String observation(Consumer<String> warn) {
        if (results.isEmpty()) {
            return null;
        }
        List<ToolCall> calls = calls();
        boolean joint = results.size() == 1 && calls.size() > 1 && !results.getFirst().byId();
        if (!joint && results.size() < calls.size()) {
            warn.accept((calls.size() - results.size()) + " of the step's " + calls.size() + " tool calls have no result");
        }
        List<Result> ordered = new ArrayList<>(results);
        ordered.sort((a, b) -> Integer.compare(a.call() < 0 ? Integer.MAX_VALUE : a.call(),
                b.call() < 0 ? Integer.MAX_VALUE : b.call()));
        boolean several = ordered.size() > 1;
        boolean mapping = several || (calls.size() > 1 && !joint);
        StringBuilder text = new StringBuilder();
        ArrayNode entries = Json.MAPPER.createArrayNode();
        for (Result result : ordered) {
            if (result != ordered.getFirst()) {
                text.append(Texts.SEPARATOR);
            }
            int from = text.length();
            text.append(result.text());
            ObjectNode entry = Json.object();
            if (result.call() >= 0 && !joint) {
                entry.put("call", result.call());
            }
            if (result.fields() != null) {
                result.fields().properties().forEach(field -> entry.set(field.getKey(), field.getValue()));
            }
            if (several) {
                entry.put("from", from).put("to", text.length());
            }
            mapping |= !isImplied(result, calls, joint);
            entries.add(entry);
        }
        if (mapping) {
            metadata.put(ChatSampleBuilder.TOOL_RESULTS, entries);
        }
        return text.toString();
    }

    /** True when the result's own fields only repeat its call's id and name. */
    private static boolean isImplied(Result result, List<ToolCall> calls, boolean joint) {
        if (result.call() < 0) {
            return false;
        }
        if (result.fields() == null) {
            return true;
        }
        ToolCall call = calls.get(result.call());
        for (var field : result.fields().properties()) {
            String value = field.getValue().isString() ? field.getValue().stringValue() : null;
            boolean implied = switch (field.getKey()) {
                case "tool_call_id" -> Objects.equals(value, call.id());
                case "name" -> !joint && Objects.equals(value, call.name());
                default -> false;
            };
            if (!implied) {
                return false;
            }
        }
        return true;
    }

    private List<ToolCall> calls() {
        return action instanceof ToolCalls toolCalls ? toolCalls.calls() : List.of();
    }
}
