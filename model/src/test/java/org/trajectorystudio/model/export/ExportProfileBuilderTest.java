package org.trajectorystudio.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.template.ChatMlTemplate;

/** The one set of defaults and rules that the export dialog and the CLI share. */
class ExportProfileBuilderTest {

    @Test
    void defaults() {
        ExportProfile profile = ExportProfile.builder(ExportFormat.CHAT).build();
        assertThat(profile.budget().limited()).isFalse();
        assertThat(profile.template()).isSameAs(ChatMlTemplate.INSTANCE);
        assertThat(profile.rendering()).isEqualTo(Rendering.TEMPLATE);
        assertThat(profile.packing()).isNull();
        assertThat(profile.shuffleCandidates()).isFalse();
        assertThat(profile.validationFraction()).isZero();
        assertThat(profile.dedup()).isEqualTo(DedupOptions.EXACT_ONLY);
    }

    @Test
    void packingTakesItsLengthOrElseTheBudget() {
        ExportProfile budgeted = ExportProfile.builder(ExportFormat.CPT_TEXT).budget(4096, OverBudget.TRUNCATE).pack(null, null).build();
        assertThat(budgeted.packing()).isEqualTo(new PackingOptions(4096, PackingOptions.END_OF_TEXT));
        ExportProfile own = ExportProfile.builder(ExportFormat.CPT_TEXT).maxTokens(4096).pack(8192, "</s>").build();
        assertThat(own.packing()).isEqualTo(new PackingOptions(8192, "</s>"));
        assertThatThrownBy(() -> ExportProfile.builder(ExportFormat.CPT_TEXT).pack(null, null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("packing needs a sequence length: give a pack length or a token budget");
        assertThatThrownBy(() -> ExportProfile.builder(ExportFormat.CPT_TEXT).pack(0, null).build())
                .hasMessage("the pack length must be at least 1, not 0");
        // LLaMA-Factory reads one conversation per record and packs itself.
        assertThatThrownBy(() -> ExportProfile.builder(ExportFormat.SHAREGPT).pack(4096, null).build())
                .hasMessageContaining("LLaMA-Factory packs it itself");
    }

    @Test
    void withoutABudgetARecordLongerThanAPackedSequenceMeetsTheOverBudgetChoice() {
        ExportProfile profile = ExportProfile.builder(ExportFormat.CPT_TEXT).overBudget(OverBudget.TRUNCATE).pack(2048, null).build();
        assertThat(profile.budget().limited()).isFalse();
        assertThat(profile.budget().overBudget()).isEqualTo(OverBudget.TRUNCATE);
    }

    @Test
    void oneValidationShareRule() {
        assertThat(ExportProfile.builder(ExportFormat.CHAT).validationFraction(0.5).build().validationFraction()).isEqualTo(0.5);
        for (double bad : new double[] {-0.1, 0.51, 0.9, Double.NaN}) {
            assertThatThrownBy(() -> ExportProfile.builder(ExportFormat.CHAT).validationFraction(bad).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the validation fraction must be from 0 to 0.5, not " + bad);
        }
        assertThatThrownBy(() -> ExportProfile.builder(ExportFormat.CHAT).maxTokens(0).build())
                .hasMessage("the token budget must be at least 1, not 0");
    }
}
