package org.trajectorystudio.model.format.react;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.trajectorystudio.model.format.RecordContext;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Maps one react-chatml record to a sample; one instance per record. The turns before the first assistant turn give
 * the system prompt and the question; each assistant turn is a step, and the turns after it are its observation.
 * Source fields that were not fully represented go to metadata in source order, followed by what the mapping
 * itself could not place ({@link #FIRST_USER_TURN}, {@link #UNPLACED_MESSAGES}, {@link #MESSAGE_FIELDS}).
 */
final class ReactRecordMapper {
    /** The first user turn, when it held more than the question (a tool prompt, a format example). */
    static final String FIRST_USER_TURN = "firstUserTurn";
    /** Messages that fit nowhere in the canonical form, each with its 1-based {@code index}. */
    static final String UNPLACED_MESSAGES = "unplacedMessages";
    /** Extra fields of non-assistant messages, each with its message's 1-based {@code index}. */
    static final String MESSAGE_FIELDS = "messageFields";

    private final ObjectNode record;
    private final RecordContext context;
    private final Set<String> consumed = new HashSet<>();
    private final Map<String, JsonNode> derived = new LinkedHashMap<>();

    ReactRecordMapper(ObjectNode record, RecordContext context) {
        this.record = record;
        this.context = context;
    }

    Sample map() throws RecordRejectedException {
        if (!(record.get("messages") instanceof ArrayNode messages)) {
            throw new RecordRejectedException("no 'messages' array");
        }
        consumed.add("messages");
        int firstAssistant = firstAssistant(messages);
        if (firstAssistant < 0) {
            throw new RecordRejectedException("no assistant turn in 'messages'");
        }
        String system = null;
        String firstUser = null;
        for (int i = 0; i < firstAssistant; i++) {
            JsonNode message = messages.get(i);
            String role = role(message);
            if ("system".equals(role) && system == null) {
                system = text((ObjectNode) message, i);
            } else if ("user".equals(role) && firstUser == null) {
                firstUser = text((ObjectNode) message, i);
            } else {
                unplaced(i, message, role == null ? "is not a chat message" : "a '" + role + "' turn before the first assistant turn");
            }
        }
        String question = question(firstUser);
        if (system == null && record.get("system") instanceof JsonNode field && field.isString()) {
            system = field.stringValue();
            consumed.add("system");
        }
        List<ToolSpec> tools = tools(system, firstUser);
        List<Step> steps = steps(messages, firstAssistant);
        return new Sample(id(), SampleKind.TRAJECTORY, question, answer(), system, tools, List.of(), steps,
                judgment(), metadata());
    }

    private static int firstAssistant(ArrayNode messages) {
        for (int i = 0; i < messages.size(); i++) {
            if ("assistant".equals(role(messages.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private String question(String firstUser) throws RecordRejectedException {
        String question;
        JsonNode field = record.get("question");
        if (field != null && field.isString() && !field.stringValue().isBlank()) {
            question = field.stringValue();
            consumed.add("question");
        } else if (firstUser == null) {
            throw new RecordRejectedException("no question: no 'question' field and no user turn before the first assistant turn");
        } else {
            question = QuestionExtractor.question(firstUser);
            if (question == null) {
                throw new RecordRejectedException(firstUser.isBlank()
                        ? "no question: the first user turn is empty"
                        : "no question: the first user turn lists tools but has no '" + QuestionExtractor.MARKER + "' line");
            }
        }
        if (firstUser != null && !isJust(firstUser, question)) {
            derived.put(FIRST_USER_TURN, StringNode.valueOf(firstUser));
        }
        return question;
    }

    /** True when the turn says nothing but the question (surrounding whitespace aside). */
    private static boolean isJust(String turn, String question) {
        return turn.length() >= question.length() && turn.strip().equals(question);
    }

    private List<ToolSpec> tools(String system, String firstUser) {
        Consumer<String> warn = context::warn;
        // The tool list the agent saw in its prompt wins: in the WebDancer data the `functions` field disagrees
        // with it (`queries` vs `query`) while every real call matches the prompt. `functions` then stays in metadata.
        for (String prompt : new String[] {firstUser, system}) {
            List<ToolSpec> tools = prompt == null ? null : ToolListExtractor.fromPrompt(prompt, warn);
            if (tools != null) {
                return tools;
            }
        }
        for (String field : List.of("functions", "tools")) {
            JsonNode array = record.get(field);
            if (array != null && array.isArray() && !array.isEmpty()) {
                ToolListExtractor.ToolList list = ToolListExtractor.fromArray(array, field, warn);
                if (list.lossless()) {
                    consumed.add(field);
                }
                return list.tools();
            }
        }
        return List.of();
    }

    private List<Step> steps(ArrayNode messages, int firstAssistant) {
        List<Step> steps = new ArrayList<>((messages.size() - firstAssistant + 1) / 2);
        PendingStep current = null;
        for (int i = firstAssistant; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String role = role(message);
            if ("assistant".equals(role)) {
                if (current != null) {
                    steps.add(current.build());
                }
                // An assistant message's extra fields belong to its step, not to the sample.
                ObjectNode object = (ObjectNode) message;
                Consumer<String> warn = warner(i, role);
                String text = MessageText.of(object.get("content"), warn);
                current = StepAssembler.assemble(text, StepAssembler.extras(object), warn);
                current.sourceAssistant(text);
            } else if ("user".equals(role) || "tool".equals(role) || "function".equals(role)) {
                String turn = text((ObjectNode) message, i);
                String observation = ObservationReader.read(turn, warner(i, role));
                if (observation == null) {
                    unplaced(i, message, "an empty '" + role + "' turn");
                } else {
                    current.addObservation(observation);
                    current.sourceResponse(turn);
                }
            } else {
                unplaced(i, message, role == null ? "is not a chat message" : "a '" + role + "' turn between steps");
            }
        }
        steps.add(current.build());
        return steps;
    }

    /** The text of a system, user or tool message; its fields other than role and content go to metadata. */
    private String text(ObjectNode message, int index) {
        Map<String, JsonNode> extras = StepAssembler.extras(message);
        if (!extras.isEmpty()) {
            ObjectNode entry = Json.object().put("index", index + 1);
            extras.forEach(entry::set);
            derivedArray(MESSAGE_FIELDS).add(entry);
        }
        return MessageText.of(message.get("content"), warner(index, role(message)));
    }

    private void unplaced(int index, JsonNode message, String why) {
        context.warn("message " + (index + 1) + ": " + why + "; kept in metadata '" + UNPLACED_MESSAGES + "'");
        ObjectNode entry = Json.object().put("index", index + 1);
        if (message instanceof ObjectNode object) {
            object.properties().forEach(field -> entry.set(field.getKey(), field.getValue()));
        } else {
            entry.set("message", message);
        }
        derivedArray(UNPLACED_MESSAGES).add(entry);
    }

    private ArrayNode derivedArray(String key) {
        return (ArrayNode) derived.computeIfAbsent(key, k -> Json.MAPPER.createArrayNode());
    }

    private Consumer<String> warner(int index, String role) {
        String where = "message " + (index + 1) + " (" + role + "): ";
        return reason -> context.warn(where + reason);
    }

    private String answer() {
        JsonNode field = record.get("answer");
        if (AnswerField.isPlainText(field)) {
            consumed.add("answer");
        }
        return AnswerField.text(field);
    }

    private Judgment judgment() {
        String value = Json.text(record, "judgment");
        if (value == null) {
            return Judgment.UNKNOWN;
        }
        try {
            Judgment judgment = Judgment.fromWireName(value);
            consumed.add("judgment");
            return judgment;
        } catch (IllegalArgumentException e) {
            context.warn(e.getMessage() + "; read as unknown, the field is kept in metadata");
            return Judgment.UNKNOWN;
        }
    }

    private String id() {
        String id = Json.scalarText(record, "id");
        if (id == null || id.isBlank()) {
            return "";
        }
        consumed.add("id");
        return id;
    }

    private Map<String, JsonNode> metadata() {
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        for (var field : record.properties()) {
            if (!consumed.contains(field.getKey())) {
                metadata.put(field.getKey(), field.getValue());
            }
        }
        derived.forEach((key, value) -> {
            // A source field of the same name wins its key; ours moves aside rather than overwrite it.
            String free = key;
            while (metadata.containsKey(free)) {
                free = "_" + free;
            }
            metadata.put(free, value);
        });
        return metadata;
    }

    private static String role(JsonNode message) {
        String role = message instanceof ObjectNode ? Json.text(message, "role") : null;
        return role == null ? null : role.strip().toLowerCase(Locale.ROOT);
    }
}
