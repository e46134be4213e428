package org.trajectorystudio.inference.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.inference.tokenize.TinyBpe;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportThroughput;
import org.trajectorystudio.model.export.render.CptTextRenderer;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.sample.Sample;

/** The benchmark helper's bookkeeping, not its speed (timings are for {@code bench export}, never a test). */
class ExportThroughputTest {
    @TempDir
    Path folder;

    @Test
    void measuresBothSidesOnTheSameTokensAndCleansUp() throws IOException {
        try (HfTokenizerCounter counter = HfTokenizerCounter.open(new TinyBpe().writeTokenizerJson(folder.resolve("tokenizer.json")))) {
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Sample base = TestSamples.trajectory("s" + i, 1 + i % 7);
                samples.add(new Sample(base.id(), base.kind(), base.question() + " " + i, base.answer(), base.system(), base.tools(),
                        base.knowledge(), base.steps(), base.judgment(), base.metadata()));
            }
            samples.add(samples.getFirst().withId("duplicate")); // left out of both sides: the export would drop it
            ExportProfile profile = ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(counter).build();
            ExportThroughput.Result result = ExportThroughput.measure(samples, profile, folder.resolve("work"), 2);

            long expected = 0;
            for (Sample sample : samples.subList(0, 100)) {
                expected += counter.count(new CptTextRenderer(ChatMlTemplate.INSTANCE).render(sample).text());
            }
            assertThat(result.tokens()).isEqualTo(expected);
            assertThat(result.samples()).isEqualTo(100);
            assertThat(result.exportSeconds()).isPositive();
            assertThat(result.tokenizerSeconds()).isPositive();
            assertThat(result.ratio()).isEqualTo(result.exportTokensPerSecond() / result.tokenizerTokensPerSecond());
            try (Stream<Path> left = Files.list(folder.resolve("work"))) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void refusesAComparisonWhereTheExportDropsSamples() throws IOException {
        try (HfTokenizerCounter counter = HfTokenizerCounter.open(new TinyBpe().writeTokenizerJson(folder.resolve("tokenizer.json")))) {
            ExportProfile budgeted = ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(counter)
                    .budget(10, org.trajectorystudio.model.export.budget.OverBudget.DROP).build();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportThroughput.measure(List.of(TestSamples.trajectory("a", 2)), budgeted,
                    folder.resolve("work"), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kept 0 of 1 samples");
        }
    }
}
