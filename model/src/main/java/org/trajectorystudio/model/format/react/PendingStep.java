package org.trajectorystudio.model.format.react;

import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Step;
import tools.jackson.databind.JsonNode;

/** A step whose observation is still being collected from the turns that follow it. */
final class PendingStep {
    private final String thought;
    private final Action action;
    private final Map<String, JsonNode> metadata;
    private String observation;
    private StringBuilder observations;

    PendingStep(String thought, Action action, Map<String, JsonNode> metadata) {
        this.thought = thought;
        this.action = action;
        this.metadata = metadata;
    }

    /** Adds the text of one more answering turn; several turns (one per parallel call) are joined by a blank line. */
    void addObservation(String text) {
        if (observation == null && observations == null) {
            observation = text;
            return;
        }
        if (observations == null) {
            observations = new StringBuilder(observation);
            observation = null;
        }
        observations.append(Slices.SEPARATOR).append(text);
    }

    Step build() {
        String text = observations != null ? observations.toString() : observation;
        return new Step(thought, action, text, List.of(), null, metadata);
    }
}
