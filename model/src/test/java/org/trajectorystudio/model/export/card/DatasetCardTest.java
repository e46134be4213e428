package org.trajectorystudio.model.export.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
