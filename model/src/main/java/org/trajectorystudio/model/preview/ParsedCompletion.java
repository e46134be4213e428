package org.trajectorystudio.model.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolSpec;

/**
 * What a model wrote for one step, read back into the sample's terms.
 *
 * @param thought the thought, or null when there was none
 * @param action the action, or null when the text holds none (e.g. it was cut off inside the thought)
 * @param problems what was repaired or guessed, one short phrase each (an unclosed tag, arguments that are not JSON);
 *     empty when the text was well formed
 */
public record ParsedCompletion(String thought, Action action, List<String> problems) {

    public ParsedCompletion {
        problems = List.copyOf(problems);
    }

    /** True when the text had an action and needed no repair. */
    public boolean isWellFormed() {
        return action != null && problems.isEmpty();
    }

    /** The completion as a HAS candidate ("add as candidate"); empty when it has no action. */
    public Optional<Candidate> toCandidate() {
        return action == null ? Optional.empty() : Optional.of(new Candidate(thought, action));
    }

    /**
     * A FAS planning preview as a sample, in the form of the bundled planning samples: the thought becomes the
     * analysis step ({@link Plan}), the action the first-action step; either is left out when missing.
     */
    public Sample toPlanningSample(String id, String question, List<ToolSpec> tools) {
        List<Step> steps = new ArrayList<>();
        if (thought != null) {
            steps.add(Step.of(null, new Plan(thought), null));
        }
        if (action != null) {
            steps.add(Step.of(null, action, null));
        }
        return new Sample(id, SampleKind.FAS_PLANNING, question, null, null, tools, List.of(), steps, Judgment.UNKNOWN, Map.of());
    }
}
