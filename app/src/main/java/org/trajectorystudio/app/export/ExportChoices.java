package org.trajectorystudio.app.export;

import java.util.Optional;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.Rendering;
import org.trajectorystudio.model.export.budget.BudgetPolicy;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.library.Settings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the export dialog asks, as the researcher left it; kept in the library's settings so the next export
 * starts from the last one.
 *
 * @param minRating 0 = any rating
 * @param kind null = any kind
 * @param customMaxTokens the budget when {@code stage} is {@link Stage#CUSTOM}
 * @param tokenizer a tokenizer spec: {@code approx}, {@code hf:PATH} or {@code gguf:PATH}
 * @param template a template spec: {@code chatml} or {@code hf:PATH} (a tokenizer_config.json)
 * @param maxPerQuestion 0 = no limit
 * @param output the JSONL file to write; empty when not chosen yet
 * @param rendering how chat and cpt-text write the conversation
 * @param shuffleCandidates has-text: options in an order shuffled by the seed
 */
public record ExportChoices(
        Scope scope, boolean acceptedOnly, int minRating, SampleKind kind,
        Stage stage, int customMaxTokens, OverBudget overBudget,
        String tokenizer, String template, ExportFormat format,
        boolean packing, int sequenceLength, int maxPerQuestion, boolean clusterNearDuplicates,
        long seed, double validationFraction, String output, boolean parquet,
        Rendering rendering, boolean shuffleCandidates) {

    public ExportChoices {
        rendering = rendering == null ? Rendering.TEMPLATE : rendering;
    }

    /** Choices with the template rendering and the presented order of HAS options. */
    public ExportChoices(Scope scope, boolean acceptedOnly, int minRating, SampleKind kind, Stage stage, int customMaxTokens,
            OverBudget overBudget, String tokenizer, String template, ExportFormat format, boolean packing, int sequenceLength,
            int maxPerQuestion, boolean clusterNearDuplicates, long seed, double validationFraction, String output, boolean parquet) {
        this(scope, acceptedOnly, minRating, kind, stage, customMaxTokens, overBudget, tokenizer, template, format, packing,
                sequenceLength, maxPerQuestion, clusterNearDuplicates, seed, validationFraction, output, parquet, Rendering.TEMPLATE, false);
    }

    /** The same choices writing to {@code out}: the output does not change what a preview selects. */
    public ExportChoices withOutput(String out) {
        return new ExportChoices(scope, acceptedOnly, minRating, kind, stage, customMaxTokens, overBudget, tokenizer, template,
                format, packing, sequenceLength, maxPerQuestion, clusterNearDuplicates, seed, validationFraction, out, parquet,
                rendering, shuffleCandidates);
    }

    static final String SETTING = "export.choices";
    /** Estimated Jaccard similarity from which two questions count as one (MinHash over 4-character shingles). */
    public static final double NEAR_DUPLICATE_THRESHOLD = 0.8;

    public enum Scope {
        TABLE("The table's current filter"), LIBRARY("The whole library");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Stage {
        STAGE_1("Stage 1 — 32K tokens", BudgetPolicy.STAGE_1),
        STAGE_2("Stage 2 — 128K tokens", BudgetPolicy.STAGE_2),
        CUSTOM("Custom max tokens", 0),
        NONE("No budget", 0);

        private final String label;
        private final int tokens;

        Stage(String label, int tokens) {
            this.label = label;
            this.tokens = tokens;
        }

        public String label() {
            return label;
        }

        int tokens() {
            return tokens;
        }
    }

    public static ExportChoices defaults() {
        return new ExportChoices(Scope.TABLE, true, 0, null, Stage.STAGE_1, 32_768, OverBudget.DROP, "approx", "chatml",
                ExportFormat.CPT_TEXT, false, 32_768, 0, false, 0, 0, "", false);
    }

    /** The budget in tokens; empty for no budget. */
    public Optional<Integer> maxTokens() {
        return switch (stage) {
            case NONE -> Optional.empty();
            case CUSTOM -> Optional.of(customMaxTokens);
            default -> Optional.of(stage.tokens());
        };
    }

    /** The last choices kept in the library, or the defaults. Call off the FX thread. */
    public static ExportChoices load(Settings settings) {
        return settings.get(SETTING).map(ExportChoices::fromJson).orElseGet(ExportChoices::defaults);
    }

    /** Call off the FX thread. */
    public void save(Settings settings) {
        settings.set(SETTING, toJson());
    }

    String toJson() {
        ObjectNode node = Json.object();
        node.put("scope", scope.name());
        node.put("acceptedOnly", acceptedOnly);
        node.put("minRating", minRating);
        node.put("kind", kind == null ? null : kind.wireName());
        node.put("stage", stage.name());
        node.put("customMaxTokens", customMaxTokens);
        node.put("overBudget", overBudget.wireName());
        node.put("tokenizer", tokenizer);
        node.put("template", template);
        node.put("format", format.wireName());
        node.put("packing", packing);
        node.put("sequenceLength", sequenceLength);
        node.put("maxPerQuestion", maxPerQuestion);
        node.put("clusterNearDuplicates", clusterNearDuplicates);
        node.put("seed", seed);
        node.put("validationFraction", validationFraction);
        node.put("output", output);
        node.put("parquet", parquet);
        node.put("rendering", rendering.wireName());
        node.put("shuffleCandidates", shuffleCandidates);
        return Json.write(node);
    }

    /** Unknown or broken values fall back to the defaults one by one, so an older setting still opens. */
    static ExportChoices fromJson(String text) {
        ExportChoices d = defaults();
        JsonNode node = Json.tryParse(text);
        if (node == null || !node.isObject()) {
            return d;
        }
        try {
            return new ExportChoices(
                    node.has("scope") ? Scope.valueOf(node.get("scope").asString()) : d.scope(),
                    node.path("acceptedOnly").asBoolean(d.acceptedOnly()),
                    node.path("minRating").asInt(d.minRating()),
                    node.hasNonNull("kind") ? SampleKind.fromWireName(node.get("kind").asString()) : null,
                    node.has("stage") ? Stage.valueOf(node.get("stage").asString()) : d.stage(),
                    node.path("customMaxTokens").asInt(d.customMaxTokens()),
                    node.has("overBudget") ? OverBudget.fromWireName(node.get("overBudget").asString()) : d.overBudget(),
                    node.path("tokenizer").asString(d.tokenizer()),
                    node.path("template").asString(d.template()),
                    node.has("format") ? ExportFormat.fromWireName(node.get("format").asString()) : d.format(),
                    node.path("packing").asBoolean(d.packing()),
                    node.path("sequenceLength").asInt(d.sequenceLength()),
                    node.path("maxPerQuestion").asInt(d.maxPerQuestion()),
                    node.path("clusterNearDuplicates").asBoolean(d.clusterNearDuplicates()),
                    node.path("seed").asLong(d.seed()),
                    node.path("validationFraction").asDouble(d.validationFraction()),
                    node.path("output").asString(d.output()),
                    node.path("parquet").asBoolean(d.parquet()),
                    node.has("rendering") ? Rendering.fromWireName(node.get("rendering").asString()) : d.rendering(),
                    node.path("shuffleCandidates").asBoolean(d.shuffleCandidates()));
        } catch (RuntimeException e) {
            return d;
        }
    }
}
