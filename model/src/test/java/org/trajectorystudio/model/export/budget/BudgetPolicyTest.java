package org.trajectorystudio.model.export.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.ExportSamples;
import org.trajectorystudio.model.export.WordCounter;
import org.trajectorystudio.model.export.render.CptTextRenderer;
import org.trajectorystudio.model.export.render.FasTextRenderer;
import org.trajectorystudio.model.export.render.Rendered;
import org.trajectorystudio.model.export.render.Renderer;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.sample.Sample;

class BudgetPolicyTest {
    private final WordCounter counter = WordCounter.INSTANCE;
    private final Renderer renderer = new CptTextRenderer(ChatMlTemplate.INSTANCE);
    private final Sample sample = ExportSamples.trajectory();

    private int tokens(int steps) {
        return counter.count(renderer.render(sample, steps).text());
    }

    private BudgetOutcome apply(int max, OverBudget policy) {
        Rendered full = renderer.render(sample);
        return new BudgetPolicy(max, policy).apply(sample, full, counter.count(full.text()), renderer, counter);
    }

    @Test
    void aSampleWithinBudgetFitsAsItIs() {
        int full = tokens(3);
        assertThat(apply(full, OverBudget.DROP)).isEqualTo(new BudgetOutcome.Fits(renderer.render(sample), full));
    }

    @Test
    void dropPolicyDropsOneTokenOver() {
        int full = tokens(3);
        assertThat(apply(full - 1, OverBudget.DROP)).isInstanceOfSatisfying(BudgetOutcome.Dropped.class, dropped -> {
            assertThat(dropped.fullTokens()).isEqualTo(full);
            assertThat(dropped.reason()).isEqualTo(full + " tokens > budget " + (full - 1));
        });
    }

    @Test
    void truncationKeepsTheMostWholeStepsThatFit() {
        int two = tokens(2);
        for (int max = two; max < tokens(3); max++) {
            BudgetOutcome outcome = apply(max, OverBudget.TRUNCATE);
            assertThat(outcome).as("budget %d", max).isInstanceOfSatisfying(BudgetOutcome.Truncated.class, cut -> {
                assertThat(cut.rendered()).isEqualTo(renderer.render(sample, 2));
                assertThat(cut.tokens()).isEqualTo(two);
                assertThat(cut.fullTokens()).isEqualTo(tokens(3));
                assertThat(cut.finalAnswerLost()).isTrue();
                assertThat(cut.rendered().text()).endsWith("</tool_response><|im_end|>\n").doesNotContain("<answer>\n");
            });
        }
        BudgetOutcome one = apply(two - 1, OverBudget.TRUNCATE);
        assertThat(((BudgetOutcome.Truncated) one).rendered().steps()).isEqualTo(1);
    }

    @Test
    void truncationNeverCutsInsideAStep() {
        for (int max = tokens(1); max < tokens(3); max++) {
            BudgetOutcome.Truncated cut = (BudgetOutcome.Truncated) apply(max, OverBudget.TRUNCATE);
            int kept = cut.rendered().steps();
            assertThat(cut.rendered().text()).isEqualTo(renderer.render(sample, kept).text());
            assertThat(cut.tokens()).isLessThanOrEqualTo(max);
            assertThat(tokens(kept + 1)).as("one more step would not fit").isGreaterThan(max);
        }
    }

    @Test
    void whenNotEvenTheFirstStepFitsTheSampleIsDropped() {
        assertThat(apply(tokens(1) - 1, OverBudget.TRUNCATE)).isInstanceOfSatisfying(BudgetOutcome.Dropped.class,
                dropped -> assertThat(dropped.reason()).endsWith("not even the first step fits"));
    }

    @Test
    void fasRecordsAreDroppedEvenUnderTruncation() {
        Sample fas = ExportSamples.fasReasoning();
        FasTextRenderer fasRenderer = new FasTextRenderer();
        Rendered full = fasRenderer.render(fas);
        int tokens = counter.count(full.text());
        assertThat(new BudgetPolicy(tokens - 1, OverBudget.TRUNCATE).apply(fas, full, tokens, fasRenderer, counter))
                .isInstanceOfSatisfying(BudgetOutcome.Dropped.class, dropped -> assertThat(dropped.reason()).contains("fas-text records are never truncated"));
    }

    @Test
    void presetsAndValidation() {
        assertThat(BudgetPolicy.STAGE_1).isEqualTo(32_768);
        assertThat(BudgetPolicy.STAGE_2).isEqualTo(131_072);
        assertThat(BudgetPolicy.unlimited().limited()).isFalse();
        assertThatThrownBy(() -> new BudgetPolicy(0, OverBudget.DROP)).hasMessageContaining("at least 1");
        assertThat(OverBudget.fromWireName(" Truncate ")).isEqualTo(OverBudget.TRUNCATE);
        assertThatThrownBy(() -> OverBudget.fromWireName("cut")).hasMessage("unknown over-budget policy 'cut' (expected drop or truncate)");
    }
}
