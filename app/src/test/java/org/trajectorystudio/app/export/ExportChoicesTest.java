package org.trajectorystudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.query.SampleQuery;

/** The dialog's choices survive the settings round trip, and the selection never lets a rejected sample through. */
class ExportChoicesTest {
    private static final ExportChoices CHOICES = new ExportChoices(ExportChoices.Scope.LIBRARY, false, 4, SampleKind.HAS_DECISION,
            ExportChoices.Stage.CUSTOM, 9000, OverBudget.TRUNCATE, "hf:/models/q/tokenizer.json", "hf:/models/q/tokenizer_config.json",
            ExportFormat.HAS_TEXT, true, 65_536, 3, true, 17, 0.1, "/tmp/set.jsonl", true);

    @Test
    void choicesRoundTripThroughTheirSetting() {
        assertThat(ExportChoices.fromJson(CHOICES.toJson())).isEqualTo(CHOICES);
        assertThat(CHOICES.maxTokens()).contains(9000);
    }

    @Test
    void aBrokenOrOldSettingFallsBackToTheDefaults() {
        assertThat(ExportChoices.fromJson("not json")).isEqualTo(ExportChoices.defaults());
        assertThat(ExportChoices.fromJson("{\"format\":\"nope\"}")).isEqualTo(ExportChoices.defaults());
        ExportChoices partial = ExportChoices.fromJson("{\"stage\":\"STAGE_2\",\"seed\":5}");
        assertThat(partial.maxTokens()).contains(131_072);
        assertThat(partial.seed()).isEqualTo(5);
        assertThat(partial.acceptedOnly()).isTrue();
    }

    @Test
    void acceptedOnlyNarrowsTheTableQueryAndRejectedIsNeverSelected() {
        SampleQuery table = SampleQuery.builder().text("derby").kind(SampleKind.TRAJECTORY).build();
        SampleQuery accepted = ExportJob.selection(table, ExportChoices.defaults());
        assertThat(accepted.verdicts()).containsExactly(Verdict.ACCEPTED);
        assertThat(accepted.text()).isEqualTo("derby");
        assertThat(accepted.kinds()).containsExactly(SampleKind.TRAJECTORY);

        ExportChoices any = new ExportChoices(ExportChoices.Scope.TABLE, false, 3, null, ExportChoices.Stage.NONE, 0,
                OverBudget.DROP, "approx", "chatml", ExportFormat.CHAT, false, 0, 0, false, 0, 0, "", false);
        SampleQuery queue = SampleQuery.builder().verdict(Verdict.REJECTED).verdict(Verdict.NEEDS_EDIT).rating(2, null).build();
        SampleQuery narrowed = ExportJob.selection(queue, any);
        assertThat(narrowed.verdicts()).containsExactly(Verdict.NEEDS_EDIT);
        assertThat(narrowed.minRating()).isEqualTo(3);
        assertThat(any.maxTokens()).isEqualTo(Optional.empty());

        assertThatThrownBy(() -> ExportJob.selection(SampleQuery.builder().verdict(Verdict.REJECTED).build(), any))
                .hasMessageContaining("never exported");
        assertThatThrownBy(() -> ExportJob.selection(SampleQuery.builder().verdict(Verdict.NEEDS_EDIT).build(), ExportChoices.defaults()))
                .hasMessageContaining("no accepted samples");
    }
}
