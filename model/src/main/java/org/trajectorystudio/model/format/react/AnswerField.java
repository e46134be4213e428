package org.trajectorystudio.model.format.react;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The ground-truth answer as text. WebDancer stores it as nested lists ({@code [["Epsom Derby"]]}); the leaves are
 * joined. Only a plain string is fully represented by the text; other shapes stay in metadata as they were.
 */
final class AnswerField {
    static final String LEAF_SEPARATOR = "; ";

    private AnswerField() {}

    /** The answer text, or null when the field has no scalar in it. */
    static String text(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        if (answer.isString()) {
            return answer.stringValue();
        }
        List<String> leaves = new ArrayList<>(1);
        collect(answer, leaves);
        return leaves.isEmpty() ? null : String.join(LEAF_SEPARATOR, leaves);
    }

    /** True when {@link #text} says everything the field says. */
    static boolean isPlainText(JsonNode answer) {
        return answer != null && answer.isString();
    }

    private static void collect(JsonNode node, List<String> leaves) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, leaves);
            }
        } else if (node.isString()) {
            leaves.add(node.stringValue());
        } else if (node.isNumber() || node.isBoolean()) {
            leaves.add(node.toString());
        }
    }
}
