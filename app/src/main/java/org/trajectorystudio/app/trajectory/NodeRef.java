package org.trajectorystudio.app.trajectory;

/**
 * Where in the sample a node points, so that curation can rate or edit exactly that part.
 *
 * @param step 0-based step index, or -1 for sample-level nodes
 * @param candidate 0-based candidate index, or -1
 * @param call 0-based tool call index within the action, or -1
 */
public record NodeRef(int step, int candidate, int call) {
    public static final NodeRef SAMPLE = new NodeRef(-1, -1, -1);

    public static NodeRef step(int step) {
        return new NodeRef(step, -1, -1);
    }

    public NodeRef withCandidate(int index) {
        return new NodeRef(step, index, call);
    }

    public NodeRef withCall(int index) {
        return new NodeRef(step, candidate, index);
    }

    public boolean isStep() {
        return step >= 0 && candidate < 0;
    }

    public boolean isCandidate() {
        return candidate >= 0;
    }
}
