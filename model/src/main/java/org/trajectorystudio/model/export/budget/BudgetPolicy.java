package org.trajectorystudio.model.export.budget;

import java.util.Objects;
import org.trajectorystudio.model.export.render.Rendered;
import org.trajectorystudio.model.export.render.Renderer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.tokens.TokenBreakdown;
import org.trajectorystudio.model.tokens.TokenCounter;

/**
 * The token budget of one training sequence and what to do with samples over it. Truncation keeps system, question and
 * as many whole steps as fit (found by binary search on exact counts of the rendered prefix, so template overhead is
 * included); it needs at least one step to keep, otherwise the sample is dropped.
 *
 * @param maxTokens at least 1; {@link Integer#MAX_VALUE} for no budget
 */
public record BudgetPolicy(int maxTokens, OverBudget overBudget) {
    public static final int STAGE_1 = TokenBreakdown.STAGE_1_CONTEXT;
    public static final int STAGE_2 = TokenBreakdown.STAGE_2_CONTEXT;

    public BudgetPolicy {
        Objects.requireNonNull(overBudget, "overBudget");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("the token budget must be at least 1, was " + maxTokens);
        }
    }

    public static BudgetPolicy unlimited() {
        return new BudgetPolicy(Integer.MAX_VALUE, OverBudget.DROP);
    }

    public boolean limited() {
        return maxTokens != Integer.MAX_VALUE;
    }

    /**
     * @param full the whole sample as rendered
     * @param fullTokens its token count
     */
    public BudgetOutcome apply(Sample sample, Rendered full, int fullTokens, Renderer renderer, TokenCounter counter) {
        if (fullTokens <= maxTokens) {
            return new BudgetOutcome.Fits(full, fullTokens);
        }
        String over = fullTokens + " tokens > budget " + maxTokens;
        if (overBudget == OverBudget.DROP) {
            return new BudgetOutcome.Dropped(fullTokens, over);
        }
        if (!renderer.truncatable()) {
            return new BudgetOutcome.Dropped(fullTokens, over + "; " + renderer.format().wireName() + " records are never truncated");
        }
        // Largest step count in [1, steps - 1] whose rendering fits. Token counts grow with the steps kept.
        int low = 1;
        int high = full.steps() - 1;
        Rendered best = null;
        int bestTokens = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Rendered prefix = renderer.render(sample, middle);
            int tokens = counter.count(prefix.text());
            if (tokens <= maxTokens) {
                best = prefix;
                bestTokens = tokens;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (best == null) {
            return new BudgetOutcome.Dropped(fullTokens, over + "; not even the first step fits");
        }
        return new BudgetOutcome.Truncated(best, bestTokens, fullTokens, sample.finalAnswer().isPresent());
    }
}
