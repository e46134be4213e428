package org.trajectorystudio.model.format.react;

import org.trajectorystudio.model.text.Slices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.render.SourceTexts;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.SourceHints;
import org.trajectorystudio.model.sample.Step;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A step whose observation is still being collected from the turns that follow it. */
final class PendingStep {
    private final String thought;
    private final Action action;
    private final Map<String, JsonNode> metadata;
    private String observation;
    private StringBuilder observations;
    private String sourceAssistant;
    private final List<String> sourceResponses = new ArrayList<>(1);

    PendingStep(String thought, Action action, Map<String, JsonNode> metadata) {
        this.thought = thought;
        this.action = action;
        this.metadata = metadata;
    }

    /** The assistant turn as the source wrote it, kept where the convention would write it otherwise. */
    void sourceAssistant(String text) {
        this.sourceAssistant = text;
    }

    /** One response turn as the source wrote it. */
    void sourceResponse(String text) {
        sourceResponses.add(text);
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
        Step step = new Step(thought, action, text, List.of(), null, metadata);
        ObjectNode hint = SourceTexts.hint(step, sourceAssistant, sourceResponses);
        if (hint == null) {
            return step;
        }
        Map<String, JsonNode> withHint = new LinkedHashMap<>(metadata);
        withHint.put(SourceHints.SOURCE_TEXT, hint);
        return new Step(thought, action, text, List.of(), null, withHint);
    }
}
