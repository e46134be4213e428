package org.trajectorystudio.model.preview;

import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;

/**
 * Expands a step with new candidate actions (HAS step-level scaling): the edit behind "Add as candidate" and
 * "Generate N candidates". Pure: returns a new sample, the caller stores it as a revision.
 */
public final class StepCandidates {
    private StepCandidates() {}

    /**
     * Appends {@code added} to step {@code step}'s candidates. A plain step becomes a HAS step first: the action it
     * took becomes candidate 1 and stays the chosen one (the real observation belongs to it). The step's observation,
     * metadata and the sample's kind are kept; new candidates go after the existing ones, so indices of earlier
     * candidates (and ratings on them) stay valid.
     *
     * @param step 0-based
     * @throws IllegalArgumentException when {@code step} is not a step of the sample or {@code added} is empty
     */
    public static Sample add(Sample sample, int step, List<Candidate> added) {
        if (step < 0 || step >= sample.steps().size()) {
            throw new IllegalArgumentException("step " + (step + 1) + " is not a step of this sample (it has "
                    + sample.steps().size() + ")");
        }
        if (added.isEmpty()) {
            throw new IllegalArgumentException("no candidate to add");
        }
        Step old = sample.steps().get(step);
        List<Candidate> candidates = new ArrayList<>(old.candidates());
        Step expanded;
        if (old.isDecision()) {
            candidates.addAll(added);
            expanded = new Step(old.user(), old.thought(), old.action(), old.observation(), candidates, old.chosen(), old.metadata());
        } else {
            candidates.add(new Candidate(old.thought(), old.action()));
            candidates.addAll(added);
            // the step's own thought and action now live in candidates[chosen], as the canonical format writes HAS steps
            expanded = new Step(old.user(), null, null, old.observation(), candidates, 0, old.metadata());
        }
        List<Step> steps = new ArrayList<>(sample.steps());
        steps.set(step, expanded);
        return sample.withSteps(steps);
    }
}
