package org.trajectorystudio.inference.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.template.JinjaChatTemplate;
import org.trajectorystudio.inference.tokenize.HfTokenizerCounter;
import org.trajectorystudio.inference.tokenize.TinyBpe;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportInput;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportResult;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.render.CptTextRenderer;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.export.template.ToolSchemas;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.JsonNode;

/** The token budget against exact counts of a real tokenizer (a tokenizer.json the test writes), end to end. */
class ExactBudgetExportTest {
    static HfTokenizerCounter counter;

    @TempDir
    Path folder;

    @BeforeAll
    static void tokenizer(@TempDir Path tokenizerFolder) throws IOException {
        counter = HfTokenizerCounter.open(new TinyBpe().writeTokenizerJson(tokenizerFolder.resolve("tokenizer.json")));
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    private final Sample sample = TestSamples.trajectory("t", 3); // 3 searches + answer = 4 steps
    private final CptTextRenderer renderer = new CptTextRenderer(ChatMlTemplate.INSTANCE);

    private int tokens(int steps) {
        return counter.count(renderer.render(sample, steps).text());
    }

    private ExportResult export(int maxTokens, OverBudget policy, String name) throws IOException {
        ExportProfile profile = ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(counter).budget(maxTokens, policy).build();
        return new ExportPipeline("test").run(List.of(new ExportInput(sample, 4, "ds")), profile, folder.resolve(name));
    }

    private static JsonNode manifest(ExportResult result) throws IOException {
        return Json.MAPPER.readTree(Files.readString(result.manifest()));
    }

    @Test
    void countsAreExactTokensOfTheRenderedTemplate() {
        // Special tokens are single tokens: the prefix counts grow by exactly the tokens of each step's turns.
        assertThat(tokens(1)).isLessThan(tokens(2)).isLessThan(tokens(3)).isLessThan(tokens(4));
        assertThat(counter.count("<|im_start|>assistant\n")).isEqualTo(1 + 8 + 1); // special | a s s i s t an t | Ċ ("a n" is a merge of "answer")
    }

    @Test
    void withinBudgetByExactlyZeroTokensIsKept() throws IOException {
        ExportResult result = export(tokens(4), OverBudget.DROP, "fits.jsonl");
        assertThat(result.exported()).isEqualTo(1);
        assertThat(result.tokens()).isEqualTo(tokens(4));
        assertThat(manifest(result).get("tokenizer").get("name").stringValue()).isEqualTo(counter.name());
        assertThat(manifest(result).get("tokenizer").get("exact").booleanValue()).isTrue();
    }

    @Test
    void oneTokenOverIsDropped() throws IOException {
        ExportResult result = export(tokens(4) - 1, OverBudget.DROP, "drop.jsonl");
        assertThat(result.exported()).isZero();
        assertThat(result.dropped()).isEqualTo(1);
        assertThat(Files.readString(result.out())).isEmpty();
        assertThat(manifest(result).get("removed").get(0).get("reason").stringValue())
                .isEqualTo("over budget: " + tokens(4) + " tokens > budget " + (tokens(4) - 1));
    }

    @Test
    void truncationCutsAtTheLastStepBoundaryThatFits() throws IOException {
        for (int max : new int[] {tokens(2), tokens(2) + 1, tokens(3) - 1}) {
            ExportResult result = export(max, OverBudget.TRUNCATE, "cut-" + max + ".jsonl");
            assertThat(result.truncated()).as("budget %d", max).isEqualTo(1);
            JsonNode record = Json.MAPPER.readTree(Files.readAllLines(result.out()).getFirst());
            assertThat(record.get("truncated").booleanValue()).isTrue();
            String text = record.get("text").stringValue();
            assertThat(text).isEqualTo(renderer.render(sample, 2).text());
            assertThat(counter.count(text)).isEqualTo(tokens(2)).isLessThanOrEqualTo(max);
            assertThat(text).endsWith("<tool_response>\nthe answer tool search result 2\n</tool_response><|im_end|>\n");
            JsonNode entry = manifest(result).get("samples").get(0);
            assertThat(entry.get("tokens").intValue()).isEqualTo(tokens(2));
            assertThat(entry.get("revision").intValue()).isEqualTo(4);
            assertThat(entry.get("finalAnswerLost").booleanValue()).isTrue();
        }
        ExportResult three = export(tokens(3), OverBudget.TRUNCATE, "cut-3.jsonl");
        assertThat(Json.MAPPER.readTree(Files.readAllLines(three.out()).getFirst()).get("text").stringValue())
                .isEqualTo(renderer.render(sample, 3).text());
    }

    @Test
    void chatRecordsAreCountedAsTheTemplateRendersThem() throws IOException {
        ExportProfile profile = ExportProfile.builder(ExportFormat.CHAT).tokenizer(counter).build();
        ExportResult result = new ExportPipeline("test").run(List.of(new ExportInput(sample, 1, "ds")), profile, folder.resolve("chat.jsonl"));
        // The template rendering (the default): structured messages through the template.
        assertThat(result.tokens()).isEqualTo(counter.count(ChatMlTemplate.INSTANCE.render(
                Conversation.structured(sample, sample.steps().size()), ToolSchemas.offered(sample), false)));
    }

    @Test
    void exportWithAnExactTokenizerAndAJinjaTemplateIsByteIdenticalTwice() throws IOException {
        String qwen3;
        try (var in = getClass().getResourceAsStream("/templates/qwen3.jinja")) {
            qwen3 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<ExportInput> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(new ExportInput(TestSamples.trajectory("s" + i, 1 + i % 5), 1, "ds"));
        }
        ExportProfile profile = ExportProfile.builder(ExportFormat.CPT_TEXT).tokenizer(counter)
                .template(JinjaChatTemplate.of(qwen3, null, "<|im_end|>", "qwen3.jinja")).budget(tokens(3), OverBudget.TRUNCATE)
                .seed(8).validationFraction(0.2).build();
        ExportPipeline pipeline = new ExportPipeline("test");
        ExportResult first = pipeline.run(inputs, profile, folder.resolve("a/out.jsonl"));
        ExportResult second = pipeline.run(inputs, profile, folder.resolve("b/out.jsonl"));
        assertThat(first.truncated()).isPositive();
        assertThat(Files.readAllBytes(second.out())).isEqualTo(Files.readAllBytes(first.out()));
        assertThat(Files.readAllBytes(second.validationOut())).isEqualTo(Files.readAllBytes(first.validationOut()));
        assertThat(Files.readAllBytes(second.manifest())).isEqualTo(Files.readAllBytes(first.manifest()));
        assertThat(manifest(first).get("template").stringValue()).startsWith("jinja:qwen3.jinja sha256:");
    }
}
