package org.trajectorystudio.model.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;

/** The export profile file: every field survives a round trip, defaults fill absent keys, typos are errors. */
class ExportProfileFileTest {
    private static final ExportProfileFile FULL = new ExportProfileFile(ExportFormat.HAS_TEXT,
            new ExportProfileFile.Selection(false, 4, SampleKind.HAS_DECISION), 131_072, OverBudget.TRUNCATE,
            "hf:/models/qwen3/tokenizer.json", "jinja:/models/qwen3/chat.jinja", Rendering.SOURCE, -7, true, new DedupOptions(3, 0.85), 0.05,
            new PackingOptions(8192, "<|endoftext|>"));

    @Test
    void everyFieldSurvivesARoundTripThroughTheFile() {
        String text = new String(FULL.toBytes(), UTF_8);

        assertThat(ExportProfileFile.parse(text)).isEqualTo(FULL);
        assertThat(text).contains("\"schema\" : \"trajectory-studio/export-profile/v1\"").endsWith("}\n");
        ExportProfileFile plain = ExportProfileFile.defaults(ExportFormat.CHAT);
        assertThat(ExportProfileFile.parse(new String(plain.toBytes(), UTF_8))).isEqualTo(plain);
    }

    @Test
    void absentKeysTakeTheDefaults() {
        ExportProfileFile parsed = ExportProfileFile.parse("{\"format\": \"cpt-text\", \"maxTokens\": 32768}");

        assertThat(parsed).isEqualTo(new ExportProfileFile(ExportFormat.CPT_TEXT, ExportProfileFile.Selection.ACCEPTED, 32_768,
                OverBudget.DROP, "approx", "chatml", 0, false, DedupOptions.EXACT_ONLY, 0, null));
    }

    @Test
    void typosAndBadValuesAreOneLineErrorsNamingTheKey() {
        assertThatThrownBy(() -> ExportProfileFile.parse("{\"format\": \"chat\", \"maxTokes\": 5}"))
                .hasMessageStartingWith("unknown key 'maxTokes'");
        assertThatThrownBy(() -> ExportProfileFile.parse("{\"format\": \"chat\", \"selection\": {\"minRaiting\": 5}}"))
                .hasMessageStartingWith("unknown key 'selection.minRaiting'");
        assertThatThrownBy(() -> ExportProfileFile.parse("{\"maxTokens\": 5}")).hasMessageContaining("'format' is missing");
        assertThatThrownBy(() -> ExportProfileFile.parse("{\"format\": \"chat\", \"seed\": \"x\"}")).hasMessage("'seed' must be a whole number");
        assertThatThrownBy(() -> ExportProfileFile.parse("{\"format\": \"chat\", \"validationFraction\": 1}"))
                .hasMessageContaining("validationFraction must be in [0, 1)");
        assertThatThrownBy(() -> ExportProfileFile.parse("{\"format\": \"chat\", \"rendering\": \"raw\"}"))
                .hasMessageContaining("unknown rendering 'raw'");
        assertThatThrownBy(() -> ExportProfileFile.parse("[1]")).hasMessage("an export profile is a JSON object");
        assertThatThrownBy(() -> ExportProfileFile.parse("{\"format\": \"chat\",")).hasMessageStartingWith("not valid JSON");
    }

    @Test
    void theProfileItOpensIsTheCommandLinesForTheSameChoices() {
        ExportProfile profile = FULL.toProfile(ApproximateTokenCounter.INSTANCE, ChatMlTemplate.INSTANCE, Map.of("verdict", "any"));

        assertThat(profile.format()).isEqualTo(ExportFormat.HAS_TEXT);
        assertThat(profile.budget().maxTokens()).isEqualTo(131_072);
        assertThat(profile.budget().overBudget()).isEqualTo(OverBudget.TRUNCATE);
        assertThat(profile.rendering()).isEqualTo(Rendering.SOURCE);
        assertThat(profile.seed()).isEqualTo(-7);
        assertThat(profile.shuffleCandidates()).isTrue();
        assertThat(profile.dedup()).isEqualTo(new DedupOptions(3, 0.85));
        assertThat(profile.packing()).isEqualTo(new PackingOptions(8192, "<|endoftext|>"));
        assertThat(profile.filters()).containsEntry("verdict", "any");
        // Packing without a budget: records longer than a sequence still meet the policy, as with --pack-length.
        ExportProfileFile packedOnly = new ExportProfileFile(ExportFormat.CPT_TEXT, ExportProfileFile.Selection.ACCEPTED, null,
                OverBudget.TRUNCATE, "approx", "chatml", 0, false, DedupOptions.EXACT_ONLY, 0, new PackingOptions(4096, "</s>"));
        assertThat(packedOnly.toProfile(ApproximateTokenCounter.INSTANCE, ChatMlTemplate.INSTANCE, Map.of()).budget().maxTokens())
                .isEqualTo(Integer.MAX_VALUE);
    }
}
