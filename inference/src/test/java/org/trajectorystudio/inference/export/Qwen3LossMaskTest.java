package org.trajectorystudio.inference.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.inference.template.JinjaChatTemplate;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.render.ChatRenderer;
import org.trajectorystudio.model.export.render.LossMask;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;

/**
 * The loss mask with Qwen3's own template, on conversations where it matters: tau-bench dialogues (later questions
 * make Qwen3 drop the thinking of earlier turns, so a turn's text depends on what follows it) and WebDancer
 * trajectories. Checked against the template's own markers: the trained spans are exactly the bodies of the
 * {@code <|im_start|>assistant} blocks through their {@code <|im_end|>}, and the tokens by role add up to the
 * tokenizer's count of the whole text.
 */
class Qwen3LossMaskTest {
    private static final Pattern ASSISTANT_BODY = Pattern.compile("<\\|im_start\\|>assistant\n(.*?<\\|im_end\\|>)", Pattern.DOTALL);

    @Test
    void trainedSpansAreTheAssistantBlocksOfQwen3sText() throws Exception {
        ChatRenderer renderer = new ChatRenderer(JinjaChatTemplate.fromTokenizerConfig(Qwen3Files.tokenizerConfig()), Rendering.TEMPLATE);
        List<Sample> samples = read(Qwen3Files.shared("external/taubench_gpt4o_airline_historical.json"));
        samples.addAll(read(Qwen3Files.shared("webdancer_sample_traj.jsonl")).subList(0, 40));
        // The same dialogues with a thought at every step: Qwen3 writes the thinking only after the last question, so
        // an earlier turn reads differently once the conversation goes on.
        List<Sample> thinking = samples.subList(0, 60).stream().map(Qwen3LossMaskTest::withThoughts).toList();
        samples.addAll(thinking);
        int dialogues = 0;
        int dropped = 0;
        try (HfTokenizerCounter tokenizer = HfTokenizerCounter.open(Qwen3Files.tokenizerJson())) {
            for (Sample sample : samples) {
                LossMask mask = renderer.lossMask(sample, sample.steps().size());
                assertThat(mask.text()).isEqualTo(renderer.render(sample).text());
                List<String> expected = new ArrayList<>();
                Matcher body = ASSISTANT_BODY.matcher(mask.text());
                while (body.find()) {
                    expected.add(body.group(1));
                }
                List<String> trained = mask.spans().stream().filter(LossMask.Span::trained).map(span -> span.text(mask.text())).toList();
                assertThat(trained).as(sample.id()).isEqualTo(expected);
                int total = 0;
                for (Map.Entry<String, int[]> role : mask.tokensByRole(tokenizer).entrySet()) {
                    assertThat(role.getKey().equals("assistant") || role.getValue()[0] == 0).as("only assistant turns train").isTrue();
                    total += role.getValue()[0] + role.getValue()[1];
                }
                assertThat(total).as(sample.id()).isEqualTo(tokenizer.count(mask.text()));
                if (sample.steps().stream().anyMatch(step -> step.user() != null)) {
                    dialogues++;
                    if (thinking.contains(sample) && sample.steps().subList(1, sample.steps().size()).stream().anyMatch(s -> s.user() != null)) {
                        // The first turn's thinking is dropped, as a later question follows: the mask still finds every turn.
                        assertThat(mask.text()).contains("<|im_start|>assistant").doesNotContain("Step 0:");
                        dropped++;
                    }
                }
            }
        }
        assertThat(dialogues).as("dialogues with follow-up questions").isGreaterThan(50);
        assertThat(dropped).as("dialogues whose first thinking Qwen3 drops").isGreaterThan(20);
    }

    private static Sample withThoughts(Sample sample) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < sample.steps().size(); i++) {
            Step step = sample.steps().get(i);
            steps.add(new Step(step.user(), "Step " + i + ": what does the customer need now?", step.action(), step.observation(),
                    step.candidates(), step.chosen(), Map.of()));
        }
        return sample.withSteps(steps);
    }

    private static List<Sample> read(Path file) throws Exception {
        List<Sample> samples = new ArrayList<>();
        try (SampleReader reader = SampleReader.open(file, null)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof ReadOutcome.Read read) {
                    samples.add(read.sample());
                }
            }
        }
        return samples;
    }
}
