package org.trajectorystudio.model.format.studio;

import java.util.Map;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes the canonical form field by field to a generator. It mirrors {@link StudioCodec#toJson} exactly — same
 * fields, same order, same absent/null rules — because content ids are hashes of these bytes: a change here that the
 * tree form does not make would give every sample a new id. {@code CanonicalWriterTest} holds the two to the byte.
 */
final class CanonicalWriter {
    private CanonicalWriter() {}

    /**
     * Where the writer says which bytes a content id leaves out (a step's rendering-only metadata): the caller that
     * hashes the id from the same bytes skips them, so one serialisation gives both the body and the id.
     */
    interface Excisions {
        /** The bytes written so far; the writer flushes its generator before asking. */
        int position();

        void excise(int from, int to);
    }

    static void write(JsonGenerator g, Sample sample) {
        write(g, sample, null);
    }

    static void write(JsonGenerator g, Sample sample, Excisions excisions) {
        g.writeStartObject();
        g.writeStringProperty("schema", Sample.SCHEMA);
        g.writeStringProperty("id", sample.id());
        g.writeStringProperty("kind", sample.kind().wireName());
        g.writeStringProperty("question", sample.question());
        optional(g, "answer", sample.answer());
        optional(g, "system", sample.system());
        if (!sample.tools().isEmpty()) {
            g.writeArrayPropertyStart("tools");
            for (ToolSpec tool : sample.tools()) {
                g.writeStartObject();
                g.writeStringProperty("name", tool.name());
                optional(g, "description", tool.description());
                if (tool.parameters() != null) {
                    g.writeName("parameters");
                    tree(g, tool.parameters());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!sample.knowledge().isEmpty()) {
            g.writeArrayPropertyStart("knowledge");
            for (String statement : sample.knowledge()) {
                g.writeString(statement);
            }
            g.writeEndArray();
        }
        g.writeArrayPropertyStart("steps");
        for (Step step : sample.steps()) {
            step(g, step, excisions);
        }
        g.writeEndArray();
        g.writeStringProperty("judgment", sample.judgment().wireName());
        metadata(g, sample.metadata());
        g.writeEndObject();
    }

    private static void step(JsonGenerator g, Step step, Excisions excisions) {
        g.writeStartObject();
        optional(g, "user", step.user());
        optional(g, "thought", step.thought());
        if (step.action() != null) {
            g.writeName("action");
            action(g, step.action());
        }
        optional(g, "observation", step.observation());
        if (step.isDecision()) {
            g.writeArrayPropertyStart("candidates");
            for (Candidate candidate : step.candidates()) {
                g.writeStartObject();
                optional(g, "thought", candidate.thought());
                g.writeName("action");
                action(g, candidate.action());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberProperty("chosen", step.chosen());
        }
        if (excisions == null || !SourceHints.hasRenderingHints(step.metadata())) {
            metadata(g, step.metadata());
        } else {
            hintedMetadata(g, step.metadata(), excisions);
        }
        g.writeEndObject();
    }

    private static void action(JsonGenerator g, Action action) {
        if (action == null) {
            g.writeNull(); // the tree form's set(name, null) gives a JSON null
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("type", action.type());
        switch (action) {
            case ToolCalls toolCalls -> {
                g.writeArrayPropertyStart("calls");
                for (ToolCall call : toolCalls.calls()) {
                    g.writeStartObject();
                    optional(g, "id", call.id());
                    g.writeStringProperty("name", call.name());
                    if (call.hasInvalidArguments()) {
                        g.writeStringProperty("rawArguments", call.rawArguments());
                    } else {
                        g.writeName("arguments");
                        tree(g, call.arguments());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            case FinalAnswer answer -> g.writeStringProperty("text", answer.text());
            case Plan plan -> g.writeStringProperty("text", plan.text());
            case Reasoning reasoning -> g.writeStringProperty("text", reasoning.text());
        }
        g.writeEndObject();
    }

    private static void metadata(JsonGenerator g, Map<String, JsonNode> metadata) {
        if (metadata.isEmpty()) {
            return;
        }
        g.writeObjectPropertyStart("metadata");
        for (Map.Entry<String, JsonNode> entry : metadata.entrySet()) {
            g.writeName(entry.getKey());
            tree(g, entry.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Step metadata with rendering hints, marking what the id's bytes (the step without those keys) would not hold:
     * the whole {@code ,"metadata":{…}} when every key is a hint (an empty map is not written), else each hint entry
     * with the separator the generator wrote before it, and the separator before the first kept entry when only
     * hints came before it ({@code {"sourceText":…,"k":…}} is {@code {"k":…}} without the hint).
     */
    private static void hintedMetadata(JsonGenerator g, Map<String, JsonNode> metadata, Excisions excisions) {
        boolean onlyHints = metadata.keySet().stream().allMatch(SourceHints.RENDERING_ONLY::contains);
        int from = mark(g, excisions);
        if (onlyHints) {
            metadata(g, metadata);
            excisions.excise(from, mark(g, excisions));
            return;
        }
        g.writeObjectPropertyStart("metadata");
        boolean kept = false;
        boolean cutBefore = false;
        for (Map.Entry<String, JsonNode> entry : metadata.entrySet()) {
            boolean hint = SourceHints.RENDERING_ONLY.contains(entry.getKey());
            int start = hint || (!kept && cutBefore) ? mark(g, excisions) : -1;
            g.writeName(entry.getKey());
            if (!hint && !kept && cutBefore) {
                excisions.excise(start, start + 1); // the comma before the first entry the id keeps
            }
            tree(g, entry.getValue());
            if (hint) {
                excisions.excise(start, mark(g, excisions));
                cutBefore = true;
            } else {
                kept = true;
            }
        }
        g.writeEndObject();
    }

    private static int mark(JsonGenerator g, Excisions excisions) {
        g.flush();
        return excisions.position();
    }

    private static void tree(JsonGenerator g, JsonNode node) {
        if (node == null) {
            g.writeNull();
        } else {
            g.writeTree(node);
        }
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}
