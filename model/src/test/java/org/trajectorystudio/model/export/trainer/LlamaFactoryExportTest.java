package org.trajectorystudio.model.export.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportInput;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.ExportSamples;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.render.ChatRenderer;
import org.trajectorystudio.model.export.render.ShareGptRenderer;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.JsonNode;

/**
 * A sharegpt export read back as LLaMA-Factory reads it: {@code dataset_info.json} parsed the way its
 * {@code get_dataset_list} does (entry by name, {@code file_name} beside it, {@code columns}, {@code tags}), every record
 * through the rules of its {@code SharegptDatasetConverter} (role tags alternating prompt / reply, an even count, else
 * the example is skipped), function calls through its {@code FunctionFormatter} (thought words, then JSON).
 */
class LlamaFactoryExportTest {
    /** LLaMA-Factory's qwen3 thought words, as its function formatter matches them. */
    private static final Pattern THOUGHT = Pattern.compile(Pattern.quote("<think>\n") + "(.*?)" + Pattern.quote("\n</think>\n\n"), Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void webDancerExportIsADatasetLlamaFactoryLoadsWhole() throws Exception {
        List<Sample> samples = read(SharedData.file("webdancer_sample_traj.jsonl"));
        for (Rendering rendering : Rendering.values()) {
            Path out = dir.resolve(rendering.wireName()).resolve("webdancer_" + rendering.wireName() + ".jsonl");
            ExportResult result = export(samples, rendering, out, 0.1);
            Loaded train = load(out.getParent(), "webdancer_" + rendering.wireName());
            Loaded valid = load(out.getParent(), "webdancer_" + rendering.wireName() + ".validation");
            assertThat(train.broken() + valid.broken()).as("examples LLaMA-Factory would skip").isZero();
            assertThat(train.examples() + valid.examples()).isEqualTo(result.exported()).isPositive();
            assertThat(result.skipped()).isZero();
            // Every turn the studio trains (weight 1 in the chat form) is a reply LLaMA-Factory trains, and no other.
            assertThat(train.replies() + valid.replies()).isEqualTo(trainedTurns(samples, rendering));
            if (rendering == Rendering.TEMPLATE) {
                assertThat(train.calls() + valid.calls()).isEqualTo(samples.stream().mapToInt(Sample::toolCallCount).sum());
                assertThat(train.toolNames()).contains("search", "visit");
            }
        }
    }

    @Test
    void tauBenchDialoguesLoadWholeAndAnExistingInfoFileKeepsItsEntries()
            throws Exception {
        List<Sample> samples = read(SharedData.file("external/taubench_gpt4o_airline_historical.json"));
        Path out = dir.resolve("data/tau.jsonl");
        Files.createDirectories(out.getParent());
        Files.writeString(out.resolveSibling(LlamaFactoryDatasetInfo.FILE_NAME), "{\"alpaca_en_demo\": {\"file_name\": \"alpaca_en_demo.json\"}}");
        ExportResult result = export(samples, Rendering.TEMPLATE, out, 0);
        Loaded loaded = load(out.getParent(), "tau");
        assertThat(loaded.broken()).isZero();
        assertThat(loaded.examples()).isEqualTo(result.exported()).isPositive();
        ShareGptRenderer renderer = new ShareGptRenderer(ChatMlTemplate.INSTANCE, Rendering.TEMPLATE);
        long refused = samples.stream().filter(sample -> !renderer.accepts(sample)).count();
        assertThat(result.skipped()).isEqualTo(refused);
        assertThat(loaded.examples() + result.skipped()).isEqualTo(samples.size());
        JsonNode info = Json.MAPPER.readTree(Files.readString(out.resolveSibling(LlamaFactoryDatasetInfo.FILE_NAME)));
        assertThat(info.get("alpaca_en_demo").get("file_name").stringValue()).isEqualTo("alpaca_en_demo.json");
    }

    @Test
    void aUserTurnRightAfterAToolResultCannotAlternateSoTheRecordIsSkippedAndCounted() throws Exception {
        Sample plain = ExportSamples.trajectory();
        List<Step> steps = new ArrayList<>(plain.steps());
        steps.set(1, steps.get(1).withUser("Actually, who rode it?")); // after step 1's search result
        Sample interrupted = plain.withSteps(steps).withId("interrupted");
        ShareGptRenderer renderer = new ShareGptRenderer(ChatMlTemplate.INSTANCE, Rendering.TEMPLATE);
        assertThat(renderer.accepts(plain)).isTrue();
        assertThat(renderer.accepts(interrupted)).isFalse();
        ExportResult result = export(List.of(plain, interrupted), Rendering.TEMPLATE, dir.resolve("mixed/set.jsonl"), 0);
        assertThat(result.exported()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        Loaded loaded = load(dir.resolve("mixed"), "set");
        assertThat(loaded.examples()).isEqualTo(1);
        assertThat(loaded.broken()).isZero();
        assertThat(loaded.calls()).isEqualTo(2);
    }

    private ExportResult export(List<Sample> samples, Rendering rendering, Path out, double validation) throws Exception {
        List<ExportInput> inputs = samples.stream().map(sample -> new ExportInput(sample, 0, "ds")).toList();
        ExportProfile profile = ExportProfile.builder(ExportFormat.SHAREGPT).rendering(rendering).validationFraction(validation).build();
        return new ExportPipeline("test").run(inputs, profile, out);
    }

    private static long trainedTurns(List<Sample> samples, Rendering rendering) {
        ChatRenderer chat = new ChatRenderer(ChatMlTemplate.INSTANCE, rendering);
        long trained = 0;
        for (Sample sample : samples) {
            for (JsonNode message : chat.render(sample).body().get("messages")) {
                trained += message.get("weight").asInt();
            }
        }
        return trained;
    }

    private record Loaded(int examples, int broken, int replies, int calls, Set<String> toolNames) {}

    /** {@code get_dataset_list} + {@code SharegptDatasetConverter} + {@code FunctionFormatter}/{@code ToolFormatter}. */
    private static Loaded load(Path datasetDir, String name) throws Exception {
        JsonNode attr = Json.MAPPER.readTree(Files.readString(datasetDir.resolve("dataset_info.json"))).get(name);
        assertThat(attr).as("entry " + name).isNotNull();
        assertThat(attr.get("formatting").stringValue()).isEqualTo("sharegpt");
        JsonNode columns = attr.get("columns");
        JsonNode tags = attr.get("tags");
        String roleTag = tags.get("role_tag").stringValue();
        String contentTag = tags.get("content_tag").stringValue();
        Set<String> odd = Set.of(tags.get("user_tag").stringValue(), tags.get("observation_tag").stringValue());
        Set<String> even = Set.of(tags.get("assistant_tag").stringValue(), tags.get("function_tag").stringValue());
        String functionTag = tags.get("function_tag").stringValue();
        int examples = 0;
        int broken = 0;
        int replies = 0;
        int calls = 0;
        Set<String> toolNames = new HashSet<>();
        for (String line : Files.readAllLines(datasetDir.resolve(attr.get("file_name").stringValue()))) {
            JsonNode example = Json.MAPPER.readTree(line);
            // The columns name exactly what a record holds (besides the studio's id).
            Set<String> fields = new HashSet<>(example.propertyNames());
            fields.remove("id");
            assertThat(fields).containsExactlyInAnyOrder(columns.get("messages").stringValue(), columns.get("system").stringValue(),
                    columns.get("tools").stringValue());
            assertThat(example.get(columns.get("system").stringValue()).isString()).isTrue();
            String tools = example.get(columns.get("tools").stringValue()).stringValue();
            if (!tools.isEmpty()) {
                JsonNode parsed = Json.MAPPER.readTree(tools); // ToolFormatter: json.loads(tools)
                assertThat(parsed.isArray()).isTrue();
                parsed.forEach(tool -> toolNames.add(tool.get("function").get("name").stringValue()));
            }
            JsonNode messages = example.get(columns.get("messages").stringValue());
            boolean bad = messages.size() % 2 != 0;
            for (int i = 0; i < messages.size() && !bad; i++) {
                JsonNode message = messages.get(i);
                assertThat(message.propertyNames()).containsExactlyInAnyOrder(roleTag, contentTag);
                String role = message.get(roleTag).stringValue();
                bad = !(i % 2 == 0 ? odd : even).contains(role);
                if (!bad && even.contains(role)) {
                    replies++;
                }
                if (!bad && role.equals(functionTag)) {
                    String content = message.get(contentTag).stringValue();
                    Matcher thought = THOUGHT.matcher(content);
                    if (thought.find()) {
                        content = content.replace(thought.group(0), "");
                    }
                    JsonNode call = Json.MAPPER.readTree(content);
                    List<JsonNode> each = new ArrayList<>();
                    if (call.isArray()) {
                        call.forEach(each::add);
                    } else {
                        each.add(call);
                    }
                    for (JsonNode one : each) {
                        assertThat(one.get("name").isString()).isTrue();
                        assertThat(one.has("arguments")).isTrue();
                        calls++;
                    }
                }
            }
            if (bad) {
                broken++;
            } else {
                examples++;
            }
        }
        return new Loaded(examples, broken, replies, calls, toolNames);
    }

    /** The file's distinct samples (an exact duplicate is left out by the export, and would be counted twice here). */
    private static List<Sample> read(Path file) throws Exception {
        List<Sample> samples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (SampleReader reader = SampleReader.open(file, null)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof ReadOutcome.Read read && seen.add(SampleIds.contentId(read.sample()))) {
                    samples.add(read.sample());
                }
            }
        }
        return samples;
    }
}
