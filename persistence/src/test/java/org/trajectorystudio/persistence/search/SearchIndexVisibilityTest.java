package org.trajectorystudio.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;

/**
 * "Caught up" means searchable: a sample added to the index but not yet refreshed is past the visible watermark,
 * which the indexer's backlog counts. (The backlog used the added watermark, so a search right after
 * {@code awaitCaughtUp} could miss the last batch: SameQuestionTest found nothing once on a clean clone.)
 */
class SearchIndexVisibilityTest {
    @TempDir
    Path dir;

    @Test
    void anAddedSampleIsPastTheVisibleWatermarkUntilTheIndexIsRefreshed() throws Exception {
        Sample sample = new Sample("s1", SampleKind.TRAJECTORY, "Where was the 1936 Derby run?", null, null, List.of(), List.of(),
                List.of(Step.of(null, new FinalAnswer("Epsom"), null)), Judgment.CORRECT, Map.of());
        try (SearchIndex index = SearchIndex.open(dir, 10)) {
            long before = index.visibleWatermark();
            index.add(3, sample);
            assertThat(index.watermark()).isEqualTo(3);
            assertThat(index.visibleWatermark()).as("added, not yet searchable").isEqualTo(before).isLessThan(3);
            assertThat(index.matches("Derby").size()).isZero();

            index.refresh();
            assertThat(index.visibleWatermark()).isEqualTo(3);
            assertThat(index.matches("Derby").contains(3)).isTrue();
        }
    }
}
