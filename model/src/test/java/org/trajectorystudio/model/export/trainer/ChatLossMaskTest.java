package org.trajectorystudio.model.export.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportInput;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.render.ChatRenderer;
import org.trajectorystudio.model.export.render.LossMask;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.JsonNode;

/**
 * The chat file's per-message {@code weight} read as axolotl reads it ({@code message_field_training: weight}: a turn
 * trains when the field is truthy, else by {@code roles_to_train}) and as TRL's {@code assistant_only_loss} trains
 * (every assistant turn) gives the turns the loss mask trains, and the mask's spans tile the text the record was counted on.
 */
class ChatLossMaskTest {
    @TempDir
    Path dir;

    @Test
    void axolotlAndTrlTrainExactlyTheTurnsTheMaskTrainsOnRealConversations() throws Exception {
        List<Sample> samples = new ArrayList<>(read(SharedData.file("webdancer_sample_traj.jsonl")));
        samples.addAll(read(SharedData.file("external/taubench_gpt4o_airline_historical.json")));
        for (Rendering rendering : Rendering.values()) {
            Path out = dir.resolve(rendering.wireName() + ".jsonl");
            List<ExportInput> inputs = samples.stream().map(sample -> new ExportInput(sample, 0, "ds")).toList();
            new ExportPipeline("test").run(inputs, ExportProfile.builder(ExportFormat.CHAT).rendering(rendering).build(), out);
            Map<String, Sample> byId = new HashMap<>();
            samples.forEach(sample -> byId.put(sample.id(), sample));
            ChatRenderer renderer = new ChatRenderer(ChatMlTemplate.INSTANCE, rendering);
            int records = 0;
            int trainedTurns = 0;
            for (String line : Files.readAllLines(out)) {
                JsonNode record = Json.MAPPER.readTree(line);
                Sample sample = byId.get(record.get("id").stringValue());
                JsonNode messages = record.get("messages");
                Set<Integer> axolotl = new TreeSet<>();
                Set<Integer> trl = new TreeSet<>();
                for (int i = 0; i < messages.size(); i++) {
                    JsonNode weight = messages.get(i).get("weight");
                    // axolotl: training = message[message_field_training]; should_train = training if not None else role in roles_to_train (empty)
                    if (weight != null && !weight.isNull() && weight.asInt() != 0) {
                        axolotl.add(i);
                    }
                    if (messages.get(i).get("role").stringValue().equals("assistant")) {
                        trl.add(i);
                    }
                }
                LossMask mask = renderer.lossMask(sample, sample.steps().size());
                Set<Integer> masked = new TreeSet<>();
                mask.spans().stream().filter(LossMask.Span::trained).forEach(span -> masked.add(span.message()));
                assertThat(masked).as(sample.id()).isEqualTo(axolotl).isEqualTo(trl);
                assertThat(mask.text()).isEqualTo(renderer.render(sample).text());
                int at = 0;
                StringBuilder tiled = new StringBuilder();
                for (LossMask.Span span : mask.spans()) {
                    assertThat(span.start()).isEqualTo(at);
                    tiled.append(span.text(mask.text()));
                    at = span.end();
                }
                assertThat(tiled.toString()).isEqualTo(mask.text());
                // A trained span is the turn's own text: it holds the message's visible content, no other turn's header.
                for (LossMask.Span span : mask.spans()) {
                    if (span.trained()) {
                        String content = messages.get(span.message()).get("content").stringValue().strip();
                        assertThat(span.text(mask.text())).contains(content).endsWith("<|im_end|>").doesNotContain("<|im_start|>");
                    }
                }
                trainedTurns += axolotl.size();
                records++;
            }
            assertThat(records).isGreaterThan(300);
            assertThat(trainedTurns).isGreaterThan(records);
        }
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
