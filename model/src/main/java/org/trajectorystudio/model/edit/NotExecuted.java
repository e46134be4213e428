package org.trajectorystudio.model.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

/**
 * Where a trajectory stops being what was executed. In HAS data the observation is the real response to the action
 * taken; when a curator makes another option the action taken at step K, step K's response and every later step
 * answered an action that is no longer there. The sample's metadata then says so ({@code "notExecutedFromStep": K},
 * 1-based), the tree and detail pane show it, and exports cut the trajectory before step K: no action is ever written
 * next to a response it did not get.
 */
public final class NotExecuted {
    /** Sample metadata key: the 1-based step from which the trajectory was not executed as it now reads. */
    public static final String KEY = "notExecutedFromStep";

    private NotExecuted() {}

    /** The 0-based index of the first step whose response (and everything after) was not executed, if any. */
    public static OptionalInt from(Sample sample) {
        JsonNode value = sample.metadata().get(KEY);
        return value != null && value.isIntegralNumber() && value.intValue() >= 1
                ? OptionalInt.of(value.intValue() - 1) : OptionalInt.empty();
    }

    /** Marks the sample as not executed from step {@code index} (0-based) on; an earlier mark stays. */
    static Sample mark(Sample sample, int index) {
        int from = Math.min(index, from(sample).orElse(Integer.MAX_VALUE));
        Map<String, JsonNode> metadata = new LinkedHashMap<>(sample.metadata());
        metadata.put(KEY, IntNode.valueOf(from + 1));
        return new Sample(sample.id(), sample.kind(), sample.question(), sample.answer(), sample.system(), sample.tools(),
                sample.knowledge(), sample.steps(), sample.judgment(), metadata);
    }

    /**
     * The part of the sample that was executed: the steps before the mark, for export. Empty when not even the first
     * step was (nothing true to train on); the sample itself when it has no mark.
     */
    public static Optional<Sample> executedPart(Sample sample) {
        OptionalInt from = from(sample);
        if (from.isEmpty()) {
            return Optional.of(sample);
        }
        int keep = Math.min(from.getAsInt(), sample.steps().size());
        return keep == 0 ? Optional.empty() : Optional.of(sample.withSteps(sample.steps().subList(0, keep)));
    }
}
