package org.trajectorystudio.model.export.budget;

import org.trajectorystudio.model.export.render.Rendered;

/** What the budget made of one rendered sample. */
public sealed interface BudgetOutcome {

    /** Within budget as it is. */
    record Fits(Rendered rendered, int tokens) implements BudgetOutcome {}

    /**
     * Cut at a step boundary.
     *
     * @param fullTokens the tokens of the whole sample, over budget
     * @param finalAnswerLost true when the sample ended in a final answer that the cut removed
     */
    record Truncated(Rendered rendered, int tokens, int fullTokens, boolean finalAnswerLost) implements BudgetOutcome {}

    /** Not exported. */
    record Dropped(int fullTokens, String reason) implements BudgetOutcome {}
}
