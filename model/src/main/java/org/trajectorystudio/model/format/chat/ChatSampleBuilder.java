package org.trajectorystudio.model.format.chat;

import org.trajectorystudio.model.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Assembles a sample from the turns of one chat record, fed in order. The system turns before the first assistant turn
 * are the system prompt; the first user turn is the question; each assistant turn starts a step; tool results answer
 * the step before them. What has no canonical place is kept in metadata, never dropped:
 *
 * <ul>
 *   <li>step {@value #MESSAGES_BEFORE}: turns that came before the step's assistant turn and after the previous step's
 *       (later user turns, system turns, turns of unknown roles), whole and in order; sample {@value #MESSAGES_AFTER}:
 *       those after the last step;
 *   <li>step {@value #MESSAGE_FIELDS}: fields of the step's assistant turn without a canonical place (its non-text
 *       content parts under {@value #CONTENT_PARTS}); sample {@value #MESSAGE_FIELDS}: the same for the system and
 *       question turns, each with the turn's 1-based {@code index};
 *   <li>step {@value #TOOL_RESULTS}: the per-call mapping of the observation, one entry per result in observation
 *       order: {@code call} (0-based index of the call it answers), the result turn's own fields, and {@code from}/
 *       {@code to} (its character range in the observation) when several results were joined by a blank line;
 *   <li>step {@value #TOOL_CALL_FIELDS}: fields of the call objects without a canonical place, one object per call;
 *       step {@value #ANSWER_BESIDE_CALLS}: an {@code <answer>} given beside tool calls.
 * </ul>
 *
 * One instance per record; not thread-safe.
 */
public final class ChatSampleBuilder {
    public static final String MESSAGES_BEFORE = "messagesBefore";
    public static final String MESSAGES_AFTER = "messagesAfter";
    public static final String MESSAGE_FIELDS = "messageFields";
    public static final String CONTENT_PARTS = "contentParts";
    public static final String TOOL_RESULTS = "toolResults";
    public static final String TOOL_CALL_FIELDS = "toolCallFields";
    public static final String ANSWER_BESIDE_CALLS = "answer";
    /** Sample metadata: a follow-up user turn after the last step, which has no step to go with. */
    public static final String TRAILING_USER = "trailingUser";

    private final RecordContext context;
    private final String unit;
    private final String userTurn;
    private final String assistantTurn;
    private final List<Step> steps = new ArrayList<>();
    private PendingStep current;
    private String currentUser;
    private String pendingUser;
    private String system;
    private String question;
    private boolean questionHasOtherParts;
    private boolean noUserTurn;
    private ArrayNode waiting;
    private ArrayNode messageFields;
    private int otherUserTurns;
    private int laterSystemTurns;

    /**
     * @param unit what the record's turns are called in messages ("message", "turn")
     * @param userTurn how a user turn is called ("user message", "human turn")
     * @param assistantTurn how an assistant turn is called ("assistant message", "gpt turn")
     */
    public ChatSampleBuilder(RecordContext context, String unit, String userTurn, String assistantTurn) {
        this.context = context;
        this.unit = unit;
        this.userTurn = userTurn;
        this.assistantTurn = assistantTurn;
    }

    /** Warnings about one turn, prefixed with where it is ({@code message 3 (assistant): …}). */
    public Consumer<String> warner(int index, String role) {
        String where = unit + " " + (index + 1) + (role == null ? "" : " (" + role + ")") + ": ";
        return reason -> context.warn(where + reason);
    }

    /** The fields of a turn other than {@code known} ones and nulls, plus its non-text parts; null when none. */
    public static ObjectNode extras(ObjectNode turn, Set<String> known, ChatContent content) {
        ObjectNode extras = null;
        for (var field : turn.properties()) {
            if (!known.contains(field.getKey()) && !field.getValue().isNull()) {
                extras = extras == null ? Json.object() : extras;
                extras.set(field.getKey(), field.getValue());
            }
        }
        if (content != null && content.hasOtherParts()) {
            extras = extras == null ? Json.object() : extras;
            extras.set(CONTENT_PARTS, content.otherParts());
        }
        return extras;
    }

    /** True when the current step made tool calls, so that a result may answer it. */
    public boolean awaitsResults() {
        return current != null && current.hasCalls();
    }

    /** True when the current step's calls were written in its text and no result came yet: a user turn is the result. */
    public boolean awaitsWrittenResults() {
        return current != null && current.awaitsWrittenResults();
    }

    public void system(int index, ObjectNode turn, String text, ObjectNode extras) {
        if (current != null || !steps.isEmpty()) {
            laterSystemTurns++;
            keep(turn);
            return;
        }
        if (system != null) {
            warner(index, "system").accept("a second system turn; joined to the system prompt");
        }
        system = Texts.join(system, text);
        keepFields(index, extras);
    }

    /**
     * A user turn: the question, else a follow-up turn that goes with the next step ({@link Step#user}); one with
     * fields or parts beyond its text is kept whole in metadata instead.
     */
    public void user(int index, ObjectNode turn, ChatContent content, ObjectNode extras) {
        if ((question != null || current != null || !steps.isEmpty()) && extras == null && !content.hasOtherParts()) {
            pendingUser = pendingUser == null ? content.text() : pendingUser + Texts.SEPARATOR + content.text();
            return;
        }
        if (question != null || current != null || !steps.isEmpty()) {
            otherUserTurns++;
            keep(turn);
            return;
        }
        question = content.text();
        questionHasOtherParts = content.hasOtherParts();
        keepFields(index, extras);
    }

    /**
     * Says that the record has no user turn at all, so that its assistant turns are steps from the first one on (the
     * question then has to come from the record's {@code question} field).
     */
    public void noUserTurn() {
        noUserTurn = true;
    }

    public void assistant(int index, ObjectNode turn, AssistantTurn read) {
        if (question == null && !noUserTurn) {
            unplaced(index, turn, "an " + assistantTurn + " before the first " + userTurn);
            return;
        }
        if (current != null && waiting == null && pendingUser == null && current.isBareText()
                && read.action() instanceof ToolCalls) {
            warner(index, null).accept("the " + assistantTurn + " before it has text but no tool call;"
                    + " read as the thought of this turn's calls");
            current = current.absorbInto(read);
            return;
        }
        finishStep();
        current = new PendingStep(read, waiting);
        currentUser = pendingUser;
        pendingUser = null;
        waiting = null;
    }

    /**
     * A tool result. Without a step that made calls it is kept as an unplaced turn.
     *
     * @param callId the id of the call it answers, or null to match in order
     * @param fields the turn's own fields to keep in the per-call mapping, may be null
     */
    public void result(int index, ObjectNode turn, String role, String text, String callId, ObjectNode fields) {
        if (!awaitsResults()) {
            unplaced(index, turn, "a tool result without a tool call before it");
            return;
        }
        current.addResult(text, callId, fields, warner(index, role));
    }

    /** A turn that fits nowhere: kept whole in metadata, with a warning saying why. */
    public void unplaced(int index, JsonNode turn, String why) {
        context.warn(unit + " " + (index + 1) + ": " + why + "; kept in metadata");
        keep(turn);
    }

    private void keep(JsonNode turn) {
        if (waiting == null) {
            waiting = Json.MAPPER.createArrayNode();
        }
        waiting.add(turn);
    }

    private void keepFields(int index, ObjectNode extras) {
        if (extras == null) {
            return;
        }
        if (messageFields == null) {
            messageFields = Json.MAPPER.createArrayNode();
        }
        ObjectNode entry = Json.object().put("index", index + 1);
        extras.properties().forEach(field -> entry.set(field.getKey(), field.getValue()));
        messageFields.add(entry);
    }

    private void finishStep() {
        if (current != null) {
            Step step = current.build(context::warn);
            steps.add(currentUser == null ? step : step.withUser(currentUser));
            current = null;
            currentUser = null;
        }
    }

    /**
     * The sample. A record {@code question} field stands in for a missing user turn; a record {@code system} field
     * comes before the system turns; with no tools given, those listed in the system prompt's {@code <tools>} block
     * are read.
     */
    public Sample build(RecordFields fields, List<ToolSpec> tools) throws RecordRejectedException {
        String questionField = fields.text("question");
        if (question == null) {
            if (questionField == null || questionField.isBlank()) {
                throw new RecordRejectedException("no " + userTurn + ": the record has no question");
            }
            context.warn("no " + userTurn + "; the question is the record's 'question' field");
            question = questionField;
            fields.consume("question");
        } else if (question.isBlank()) {
            if (!questionHasOtherParts) {
                throw new RecordRejectedException("the first " + userTurn + " is empty: the record has no question");
            }
            context.warn("the question has no text, only content parts (kept in metadata '" + MESSAGE_FIELDS + "')");
        } else if (questionField != null && questionField.strip().equals(question.strip())) {
            fields.consume("question");
        }
        if (current == null && steps.isEmpty()) {
            throw new RecordRejectedException("no " + assistantTurn + ": the record has no step");
        }
        finishStep();
        String systemField = fields.text("system");
        if (systemField != null) {
            system = system == null ? systemField : Texts.join(systemField, system);
            fields.consume("system");
        }
        if (otherUserTurns > 0) {
            context.warn(otherUserTurns + " " + userTurn + (otherUserTurns == 1 ? "" : "s")
                    + " besides the question kept in metadata '" + MESSAGES_BEFORE + "' of the step after "
                    + (otherUserTurns == 1 ? "it" : "each") + " (or '" + MESSAGES_AFTER + "')");
        }
        if (laterSystemTurns > 0) {
            context.warn(laterSystemTurns + " system " + unit + (laterSystemTurns == 1 ? "" : "s")
                    + " after the first step kept in metadata '" + MESSAGES_BEFORE + "' of the next step (or '"
                    + MESSAGES_AFTER + "')");
        }
        if (messageFields != null) {
            fields.derive(MESSAGE_FIELDS, messageFields);
        }
        if (waiting != null) {
            fields.derive(MESSAGES_AFTER, waiting);
        }
        if (pendingUser != null) {
            fields.derive(TRAILING_USER, StringNode.valueOf(pendingUser));
        }
        List<ToolSpec> offered = tools;
        if (offered.isEmpty()) {
            List<ToolSpec> listed = ToolSpecReader.fromPrompt(system);
            offered = listed == null ? List.of() : listed;
        }
        return new Sample(fields.id(), fields.kind(), question, fields.answer(), system, offered, fields.knowledge(),
                steps, fields.judgment(), fields.metadata());
    }
}
