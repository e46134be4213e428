package org.trajectorystudio.model.render;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.text.TaggedText;
import org.trajectorystudio.model.text.ToolCallText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A step's turns in the Tongyi DeepResearch / WebDancer text convention, and exactly as the source wrote them.
 *
 * <p>The convention: {@code <think>\nthought\n</think>\n} then {@code <tool_call>\n{"name": …, "arguments": …}\n</tool_call>}
 * blocks (JSON as Python's {@code json.dumps} writes it) or {@code <answer>\n…\n</answer>}; each tool response a user
 * turn {@code <tool_response>\n…\n</tool_response>}. A reader keeps the source's own text in the step's
 * {@value SourceHints#SOURCE_TEXT} metadata only where it differs from that, as a small {@link TextEdit} of the
 * convention's text (a response that lost its trailing whitespace keeps just that whitespace), together with fingerprints of what the
 * convention gave at import for the assistant turn and for the responses: once one of them is edited its fingerprint
 * no longer matches and the convention writes it.
 */
public final class SourceTexts {
    private static final String ASSISTANT = "assistant";
    private static final String OBSERVATION = "observation";
    private static final String OF = "of";
    /** Joins response turns into one text for the edit (a character no JSON text can hold raw). */
    private static final String TURN_BREAK = "\u0000";
    private static final String RESPONSE_OPEN = "<tool_response>\n";
    private static final String RESPONSE_CLOSE = "\n</tool_response>";

    private SourceTexts() {}

    /** The assistant turn as the convention writes the step ({@link TaggedText#write}, Tongyi layout). */
    public static String assistant(Step step) {
        return TaggedText.write(step.effectiveThought().orElse(null), step.effectiveAction(), TaggedText.Layout.TONGYI);
    }

    /** {@code {"name": …, "arguments": …}} as {@code json.dumps} writes it; arguments that were not JSON verbatim. */
    public static String callJson(ToolCall call) {
        return ToolCallText.pythonJson(call);
    }

    /** The response turns as the convention writes them; empty when the step has no observation. */
    public static List<String> observations(Step step) {
        return step.observation() == null ? List.of() : List.of(String.join("", responseParts(step.observation())));
    }

    /** The assistant turn as the source wrote it when the step is unchanged since import, else as the convention does. */
    public static String sourceAssistant(Step step) {
        String assistant = assistant(step);
        JsonNode hint = hint(step, 0, fingerprint(List.of(assistant)));
        return hint != null && hint.get(ASSISTANT) instanceof ArrayNode edit ? TextEdit.apply(assistant, edit) : assistant;
    }

    /** The response turns as the source wrote them when the step is unchanged since import, else as the convention does. */
    public static List<String> sourceObservations(Step step) {
        List<String> observations = observations(step);
        JsonNode hint = hint(step, 1, observationsFingerprint(step.observation()));
        if (hint != null && hint.get(OBSERVATION) instanceof ArrayNode edits) {
            List<String> turns = new ArrayList<>(edits.size());
            String regenerated = String.join(TURN_BREAK, observations);
            String joined = TextEdit.apply(regenerated, edits);
            int from = 0;
            for (int at; (at = joined.indexOf(TURN_BREAK, from)) >= 0; from = at + TURN_BREAK.length()) {
                turns.add(joined.substring(from, at));
            }
            turns.add(joined.substring(from));
            return turns;
        }
        return observations;
    }

    /**
     * The hint a reader stores for a step it read from these turns, or null when the convention gives them back
     * exactly (nothing to store).
     */
    public static ObjectNode hint(Step step, String rawAssistant, List<String> rawObservations) {
        // The convention's turns as their parts, compared, hashed and edited in place: building them only to compare
        // copied every thought and every response of an import once more.
        List<String> assistant = TaggedText.parts(step.effectiveThought().orElse(null), step.effectiveAction(),
                TaggedText.Layout.TONGYI);
        List<String> response = responseParts(step.observation());
        boolean sameAssistant = rawAssistant == null || sameText(assistant, rawAssistant);
        boolean sameObservations = response.isEmpty() ? rawObservations.isEmpty()
                : rawObservations.size() == 1 && sameText(response, rawObservations.getFirst());
        if (sameAssistant && sameObservations) {
            return null;
        }
        ObjectNode hint = Json.object();
        if (!sameAssistant) {
            hint.set(ASSISTANT, TextEdit.between(assistant, rawAssistant));
        }
        if (!sameObservations) {
            String raw = rawObservations.size() == 1 ? rawObservations.getFirst() : String.join(TURN_BREAK, rawObservations);
            hint.set(OBSERVATION, TextEdit.between(response, raw));
        }
        return hint.put(OF, fingerprintOfParts(assistant) + "." + observationsFingerprint(step.observation()));
    }

    /** {@link #observations}' one turn as its parts; none without an observation. */
    private static List<String> responseParts(String observation) {
        return observation == null ? List.of() : List.of(RESPONSE_OPEN, observation, RESPONSE_CLOSE);
    }

    /** True when {@code text} is the concatenation of {@code parts}. */
    private static boolean sameText(List<String> parts, String text) {
        int length = 0;
        for (String part : parts) {
            length += part.length();
        }
        if (length != text.length()) {
            return false;
        }
        int at = 0;
        for (String part : parts) {
            if (!text.regionMatches(at, part, 0, part.length())) {
                return false;
            }
            at += part.length();
        }
        return true;
    }

    /** {@code fingerprint(observations(step))}, without building the turn. */
    static String observationsFingerprint(String observation) {
        return observation == null ? fingerprint(List.of()) : fingerprintOfParts(responseParts(observation));
    }

    /** {@code fingerprint(List.of(String.join("", parts)))}, from the parts' own (cached) hashes. */
    private static String fingerprintOfParts(List<String> parts) {
        // String.hashCode of a concatenation: h(a + b) = h(a) * 31^|b| + h(b), in int arithmetic as String does it.
        int hash = 0;
        for (String part : parts) {
            hash = hash * powerOf31(part.length()) + part.hashCode();
        }
        return Integer.toHexString(31 + hash);
    }

    private static int powerOf31(int exponent) {
        int result = 1;
        int base = 31;
        for (int e = exponent; e > 0; e >>>= 1) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
        }
        return result;
    }

    /**
     * The step's hint when part {@code part} (0 the assistant turn, 1 the responses) is as it was at import, else null.
     */
    private static JsonNode hint(Step step, int part, String fingerprint) {
        JsonNode hint = step.metadata().get(SourceHints.SOURCE_TEXT);
        String of = hint == null || !hint.isObject() ? null : Json.text(hint, OF);
        if (of == null) {
            return null;
        }
        String[] parts = of.split("\\.", -1);
        return parts.length == 2 && parts[part].equals(fingerprint) ? hint : null;
    }

    /**
     * 32 bits of {@link String#hashCode} (specified, so the same on every JVM) over the texts: enough to notice an
     * edit, and cheap on import.
     */
    static String fingerprint(List<String> texts) {
        int hash = 1;
        for (String text : texts) {
            hash = 31 * hash + text.hashCode();
        }
        return Integer.toHexString(hash);
    }
}
