package org.trajectorystudio.model.render;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.sample.Step;
import tools.jackson.databind.JsonNode;

/**
 * A step's observation back as the separate tool results it was joined from: the chat readers record each result's
 * {@code from}/{@code to} character range in the step's {@code toolResults} metadata when they join several.
 */
final class ToolResults {
    /** What the readers join results with. */
    private static final String SEPARATOR = "\n\n";

    private ToolResults() {}

    static List<String> split(Step step) {
        String observation = step.observation();
        JsonNode entries = step.metadata().get("toolResults");
        if (entries == null || !entries.isArray() || entries.size() < 2) {
            return List.of(observation);
        }
        List<String> results = new ArrayList<>(entries.size());
        int end = 0;
        for (JsonNode entry : entries) {
            JsonNode from = entry.get("from");
            JsonNode to = entry.get("to");
            boolean fits = from != null && to != null && from.canConvertToInt() && to.canConvertToInt()
                    && from.asInt() == (results.isEmpty() ? 0 : end + SEPARATOR.length())
                    && (results.isEmpty() || observation.startsWith(SEPARATOR, end))
                    && to.asInt() >= from.asInt() && to.asInt() <= observation.length();
            if (!fits) {
                return List.of(observation); // edited since import: the ranges no longer describe it
            }
            results.add(observation.substring(from.asInt(), to.asInt()));
            end = to.asInt();
        }
        return end == observation.length() ? results : List.of(observation);
    }
}
