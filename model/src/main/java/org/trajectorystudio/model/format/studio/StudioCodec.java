package org.trajectorystudio.model.format.studio;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the canonical {@code trajectory-studio/v1} JSON. Writing then reading gives back an equal
 * sample; fields the canonical form does not know are kept in {@code metadata} (sample level) or the step's
 * {@code metadata}.
 */
public final class StudioCodec {
    private static final Set<String> SAMPLE_FIELDS = Set.of(
            "schema", "id", "kind", "question", "answer", "system", "tools", "knowledge", "steps", "judgment", "metadata");
    private static final Set<String> STEP_FIELDS = Set.of(
            "user", "thought", "action", "observation", "candidates", "chosen", "metadata");

    private static final Set<String> TOOL_FIELDS = Set.of("name", "description", "parameters");
    private static final Set<String> CANDIDATE_FIELDS = Set.of("thought", "action");
    private static final Set<String> TOOL_CALLS_FIELDS = Set.of("type", "calls");
    private static final Set<String> TEXT_ACTION_FIELDS = Set.of("type", "text");
    private static final Set<String> CALL_FIELDS = Set.of("id", "name", "arguments", "rawArguments");

    private StudioCodec() {}

    /** The canonical form has no place for these fields; say so rather than drop them silently. */
    private static void warnUnknown(JsonNode node, Set<String> known, String where, List<String> repairs) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                repairs.add(where + ": field '" + field + "' has no place in " + Sample.SCHEMA + " and was dropped");
            }
        }
    }

    // ---------------------------------------------------------------- writing

    public static ObjectNode toJson(Sample sample) {
        ObjectNode node = Json.object();
        node.put("schema", Sample.SCHEMA);
        node.put("id", sample.id());
        node.put("kind", sample.kind().wireName());
        node.put("question", sample.question());
        putIfPresent(node, "answer", sample.answer());
        putIfPresent(node, "system", sample.system());
        if (!sample.tools().isEmpty()) {
            ArrayNode tools = node.putArray("tools");
            for (ToolSpec tool : sample.tools()) {
                ObjectNode toolNode = tools.addObject();
                toolNode.put("name", tool.name());
                putIfPresent(toolNode, "description", tool.description());
                if (tool.parameters() != null) {
                    toolNode.set("parameters", tool.parameters());
                }
            }
        }
        if (!sample.knowledge().isEmpty()) {
            ArrayNode knowledge = node.putArray("knowledge");
            sample.knowledge().forEach(knowledge::add);
        }
        ArrayNode steps = node.putArray("steps");
        sample.steps().forEach(step -> steps.add(stepToJson(step)));
        node.put("judgment", sample.judgment().wireName());
        if (!sample.metadata().isEmpty()) {
            node.set("metadata", metadataToJson(sample.metadata()));
        }
        return node;
    }

    /** One line of canonical JSONL, without the newline. */
    public static String write(Sample sample) {
        return new String(writeBytes(sample), StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of {@link #write}: the bytes content ids are hashed from. */
    public static byte[] writeBytes(Sample sample) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        writeTo(out, sample);
        return out.toByteArray();
    }

    /**
     * Streams the canonical JSON of a sample to {@code out}: byte for byte what serialising {@link #toJson} gives (the
     * same generator writes the same fields in the same order), without building the tree first. The import writes
     * every sample this way, and the tree was a large share of its allocation.
     */
    public static void writeTo(OutputStream out, Sample sample) {
        try (JsonGenerator generator = Json.MAPPER.createGenerator(out)) {
            CanonicalWriter.write(generator, sample);
        }
    }

    public static ObjectNode stepToJson(Step step) {
        ObjectNode node = Json.object();
        putIfPresent(node, "user", step.user());
        putIfPresent(node, "thought", step.thought());
        if (step.action() != null) {
            node.set("action", actionToJson(step.action()));
        }
        putIfPresent(node, "observation", step.observation());
        if (step.isDecision()) {
            ArrayNode candidates = node.putArray("candidates");
            for (Candidate candidate : step.candidates()) {
                ObjectNode candidateNode = candidates.addObject();
                putIfPresent(candidateNode, "thought", candidate.thought());
                candidateNode.set("action", actionToJson(candidate.action()));
            }
            node.put("chosen", step.chosen());
        }
        if (!step.metadata().isEmpty()) {
            node.set("metadata", metadataToJson(step.metadata()));
        }
        return node;
    }

    public static ObjectNode actionToJson(Action action) {
        ObjectNode node = Json.object();
        node.put("type", action.type());
        switch (action) {
            case ToolCalls toolCalls -> {
                ArrayNode calls = node.putArray("calls");
                for (ToolCall call : toolCalls.calls()) {
                    ObjectNode callNode = calls.addObject();
                    putIfPresent(callNode, "id", call.id());
                    callNode.put("name", call.name());
                    if (call.hasInvalidArguments()) {
                        callNode.put("rawArguments", call.rawArguments());
                    } else {
                        callNode.set("arguments", call.arguments());
                    }
                }
            }
            case FinalAnswer answer -> node.put("text", answer.text());
            case Plan plan -> node.put("text", plan.text());
            case Reasoning reasoning -> node.put("text", reasoning.text());
        }
        return node;
    }

    private static ObjectNode metadataToJson(Map<String, JsonNode> metadata) {
        ObjectNode node = Json.object();
        metadata.forEach(node::set);
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a canonical record. A missing id is left empty for the caller to fill with the content id.
     *
     * @param repairs receives one line per repair made (an unknown judgment read as unknown, …)
     */
    public static Sample fromJson(ObjectNode node, List<String> repairs) throws RecordRejectedException {
        String question = Json.text(node, "question");
        if (question == null) {
            throw new RecordRejectedException("no 'question' string");
        }
        JsonNode stepsNode = node.get("steps");
        if (stepsNode == null || !stepsNode.isArray()) {
            throw new RecordRejectedException("no 'steps' array");
        }
        SampleKind kind = readKind(node, repairs);
        List<Step> steps = new ArrayList<>(stepsNode.size());
        for (int i = 0; i < stepsNode.size(); i++) {
            steps.add(readStep(stepsNode.get(i), i + 1, repairs));
        }
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        JsonNode metadataNode = node.get("metadata");
        if (metadataNode != null && metadataNode.isObject()) {
            metadataNode.properties().forEach(entry -> metadata.put(entry.getKey(), entry.getValue()));
        } else if (metadataNode != null && !metadataNode.isNull()) {
            metadata.put("metadata", metadataNode);
        }
        node.properties().stream()
                .filter(entry -> !SAMPLE_FIELDS.contains(entry.getKey()))
                .forEach(entry -> {
                    if (metadata.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                        repairs.add("field '" + entry.getKey() + "' also in metadata: the metadata value was kept");
                    }
                });
        JsonNode answerNode = node.get("answer");
        if (answerNode != null && answerNode.isContainer()) {
            repairs.add("'answer' is not text: kept in metadata as 'answer'");
            metadata.putIfAbsent("answer", answerNode);
        }
        String id = Json.scalarText(node, "id");
        return new Sample(
                id == null ? "" : id,
                kind,
                question,
                Json.scalarText(node, "answer"),
                Json.text(node, "system"),
                readTools(node.get("tools"), repairs),
                readStrings(node.get("knowledge"), "knowledge"),
                steps,
                readJudgment(node, repairs),
                metadata);
    }

    private static SampleKind readKind(ObjectNode node, List<String> repairs) throws RecordRejectedException {
        String kind = Json.text(node, "kind");
        if (kind == null) {
            repairs.add("no 'kind': read as trajectory");
            return SampleKind.TRAJECTORY;
        }
        try {
            return SampleKind.fromWireName(kind);
        } catch (IllegalArgumentException e) {
            throw new RecordRejectedException(e.getMessage());
        }
    }

    private static Judgment readJudgment(ObjectNode node, List<String> repairs) {
        String judgment = Json.text(node, "judgment");
        if (judgment == null) {
            return Judgment.UNKNOWN;
        }
        try {
            return Judgment.fromWireName(judgment);
        } catch (IllegalArgumentException e) {
            repairs.add(e.getMessage() + ": read as unknown");
            return Judgment.UNKNOWN;
        }
    }

    private static List<ToolSpec> readTools(JsonNode toolsNode, List<String> repairs) throws RecordRejectedException {
        if (toolsNode == null || toolsNode.isNull()) {
            return List.of();
        }
        if (!toolsNode.isArray()) {
            throw new RecordRejectedException("'tools' is not an array");
        }
        List<ToolSpec> tools = new ArrayList<>();
        for (JsonNode tool : toolsNode) {
            String name = Json.text(tool, "name");
            if (name == null) {
                throw new RecordRejectedException("a tool without a 'name'");
            }
            warnUnknown(tool, TOOL_FIELDS, "tool '" + name + "'", repairs);
            JsonNode parameters = tool.get("parameters");
            tools.add(new ToolSpec(name, Json.text(tool, "description"),
                    parameters == null || parameters.isNull() ? null : parameters));
        }
        return tools;
    }

    private static List<String> readStrings(JsonNode array, String field) throws RecordRejectedException {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new RecordRejectedException("'" + field + "' is not an array");
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode value : array) {
            if (!value.isString()) {
                throw new RecordRejectedException("'" + field + "' holds a " + value.getNodeType() + ", not a string");
            }
            values.add(value.stringValue());
        }
        return values;
    }

    private static Step readStep(JsonNode node, int number, List<String> repairs) throws RecordRejectedException {
        if (node == null || !node.isObject()) {
            throw new RecordRejectedException("step " + number + " is not an object");
        }
        JsonNode actionNode = node.get("action");
        Action action = actionNode == null || actionNode.isNull() ? null : readAction(actionNode, "step " + number, repairs);
        List<Candidate> candidates = new ArrayList<>();
        JsonNode candidatesNode = node.get("candidates");
        if (candidatesNode != null && candidatesNode.isArray()) {
            int index = 0;
            for (JsonNode candidate : candidatesNode) {
                index++;
                JsonNode candidateAction = candidate.get("action");
                if (candidateAction == null || candidateAction.isNull()) {
                    throw new RecordRejectedException("step " + number + ", candidate " + index + " has no action");
                }
                String where = "step " + number + ", candidate " + index;
                warnUnknown(candidate, CANDIDATE_FIELDS, where, repairs);
                candidates.add(new Candidate(Json.text(candidate, "thought"), readAction(candidateAction, where, repairs)));
            }
        }
        JsonNode chosenNode = node.get("chosen");
        Integer chosen = chosenNode != null && chosenNode.isIntegralNumber() ? chosenNode.intValue() : null;
        if (chosen != null && candidates.isEmpty()) {
            repairs.add("step " + number + ": 'chosen' without candidates was ignored");
        }
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        JsonNode metadataNode = node.get("metadata");
        if (metadataNode != null && metadataNode.isObject()) {
            metadataNode.properties().forEach(entry -> metadata.put(entry.getKey(), entry.getValue()));
        }
        node.properties().stream()
                .filter(entry -> !STEP_FIELDS.contains(entry.getKey()))
                .forEach(entry -> metadata.putIfAbsent(entry.getKey(), entry.getValue()));
        try {
            return new Step(Json.text(node, "user"), Json.text(node, "thought"), action, Json.text(node, "observation"),
                    candidates, candidates.isEmpty() ? null : chosen, metadata);
        } catch (IllegalArgumentException e) {
            throw new RecordRejectedException("step " + number + ": " + e.getMessage());
        }
    }

    /** Reads an action; fields that actions of its type do not have are reported in {@code repairs}. */
    public static Action readAction(JsonNode node, String where, List<String> repairs) throws RecordRejectedException {
        String type = Json.text(node, "type");
        warnUnknown(node, ToolCalls.TYPE.equals(type) ? TOOL_CALLS_FIELDS : TEXT_ACTION_FIELDS, where + " action", repairs);
        if (type == null) {
            throw new RecordRejectedException(where + ": action has no 'type'");
        }
        return switch (type) {
            case ToolCalls.TYPE -> new ToolCalls(readCalls(node.get("calls"), where, repairs));
            case FinalAnswer.TYPE -> new FinalAnswer(requiredText(node, where));
            case Plan.TYPE -> new Plan(requiredText(node, where));
            case Reasoning.TYPE -> new Reasoning(requiredText(node, where));
            default -> throw new RecordRejectedException(where + ": unknown action type '" + type
                    + "' (expected tool_calls, answer, plan or reason)");
        };
    }

    private static String requiredText(JsonNode node, String where) throws RecordRejectedException {
        String text = Json.text(node, "text");
        if (text == null) {
            throw new RecordRejectedException(where + ": action has no 'text'");
        }
        return text;
    }

    private static List<ToolCall> readCalls(JsonNode calls, String where, List<String> repairs) throws RecordRejectedException {
        if (calls == null || !calls.isArray()) {
            throw new RecordRejectedException(where + ": tool_calls action has no 'calls' array");
        }
        List<ToolCall> result = new ArrayList<>(calls.size());
        for (JsonNode call : calls) {
            String name = Json.text(call, "name");
            if (name == null) {
                throw new RecordRejectedException(where + ": a tool call without a 'name'");
            }
            warnUnknown(call, CALL_FIELDS, where + ", call '" + name + "'", repairs);
            String id = Json.text(call, "id");
            String raw = Json.text(call, "rawArguments");
            JsonNode arguments = call.get("arguments");
            if (raw != null) {
                result.add(ToolCall.unparsed(id, name, raw));
            } else {
                result.add(ToolCall.parsed(id, name, arguments == null ? Json.object() : arguments));
            }
        }
        return result;
    }
}
