package org.trajectorystudio.model.export.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.manifest.Manifest;

class DatasetCardTest {
    @Test
    void sizeCategoriesFollowTheHubsBuckets() {
        assertThat(DatasetCard.sizeCategory(0)).isEqualTo("n<1K");
        assertThat(DatasetCard.sizeCategory(999)).isEqualTo("n<1K");
        assertThat(DatasetCard.sizeCategory(1_000)).isEqualTo("1K<n<10K");
        assertThat(DatasetCard.sizeCategory(99_999)).isEqualTo("10K<n<100K");
        assertThat(DatasetCard.sizeCategory(2_500_000)).isEqualTo("1M<n<10M");
        assertThat(DatasetCard.sizeCategory(999_999_999)).isEqualTo("100M<n<1B");
        assertThat(DatasetCard.sizeCategory(5_000_000_000L)).isEqualTo("n>1B");
    }

    @Test
    void aRenderedCardIsRecognisedUntilItIsEdited() {
        Manifest manifest = new Manifest("0.1.0", new Manifest.Profile("chat", "template", null, "drop", 0, false, 0, 0, 0), Map.of(),
                new Manifest.Tokenizer("approx", false), "chatml", new Manifest.Counts(3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0),
                new Manifest.Tokens(30, 10, 10, 10, List.of()), null, new Manifest.Questions(3, 3), List.of(), List.of(),
                List.of(), List.of());
        String card = DatasetCard.render("set", manifest, List.of(new DatasetCard.Split("train", "set.parquet")));

        assertThat(card).startsWith("---\n").endsWith(" -->\n").contains("<!-- written by Trajectory Studio, sha256:");
        assertThat(DatasetCard.isUnchangedStudioCard(card)).isTrue();
        assertThat(DatasetCard.isUnchangedStudioCard(card.replace("license: other", "license: mit"))).isFalse();
        assertThat(DatasetCard.isUnchangedStudioCard(card + "\nA note of ours.\n")).isFalse();
        assertThat(DatasetCard.isUnchangedStudioCard(card.strip())).isFalse();
        assertThat(DatasetCard.isUnchangedStudioCard("# Our dataset\n")).isFalse();
        assertThat(DatasetCard.isUnchangedStudioCard("")).isFalse();
    }
}
