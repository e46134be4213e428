package org.trajectorystudio.model.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.tokens.TokenCounter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An export profile as a file: what {@link ExportProfile} holds, with the tokenizer and template as the specs the
 * command line takes ({@code approx}, {@code hf:PATH}, {@code chatml}, …) instead of opened objects, plus the selection
 * a library's curation decides. The same JSON drives {@code ./studio export} choices and the Spark job:
 *
 * <pre>{@code
 * {"schema": "trajectory-studio/export-profile/v1", "format": "cpt-text",
 *  "selection": {"acceptedOnly": true, "minRating": 0, "kind": null},
 *  "maxTokens": 131072, "overBudget": "drop", "tokenizer": "hf:tokenizer.json", "template": "chatml",
 *  "rendering": "template", "seed": 0, "shuffleCandidates": false, "maxPerQuestion": 0, "nearDuplicateThreshold": 0.0,
 *  "validationFraction": 0.0, "packing": {"sequenceLength": 131072, "separator": "<|endoftext|>"}}
 * }</pre>
 *
 * Absent keys take the defaults of {@link #defaults}; unknown keys and bad values are errors (a typo must not
 * silently export something else).
 *
 * @param maxTokens null for no budget
 * @param rendering how chat and cpt-text write the conversation (through the template, or as the source wrote it)
 * @param packing null for one record per line
 */
public record ExportProfileFile(
        ExportFormat format,
        Selection selection,
        Integer maxTokens,
        OverBudget overBudget,
        String tokenizer,
        String template,
        Rendering rendering,
        long seed,
        boolean shuffleCandidates,
        DedupOptions dedup,
        double validationFraction,
        PackingOptions packing) {

    public static final String SCHEMA = "trajectory-studio/export-profile/v1";

    private static final Set<String> KEYS = Set.of("schema", "format", "selection", "maxTokens", "overBudget", "tokenizer",
            "template", "rendering", "seed", "shuffleCandidates", "maxPerQuestion", "nearDuplicateThreshold", "validationFraction", "packing");

    /**
     * Which samples of a library are exported (its curation decides; a source without a curation log has no verdicts).
     *
     * @param acceptedOnly true: accepted samples only; false: every sample not rejected, reviewed or not
     * @param minRating 0 = any rating, else the sample's latest rating must be at least this
     * @param kind null = any kind
     */
    public record Selection(boolean acceptedOnly, int minRating, SampleKind kind) {
        public static final Selection ACCEPTED = new Selection(true, 0, null);

        public Selection {
            if (minRating < 0 || minRating > 5) {
                throw new IllegalArgumentException("minRating is 0 (any) to 5, not " + minRating);
            }
        }
    }

    public ExportProfileFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(overBudget, "overBudget");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(rendering, "rendering");
        Objects.requireNonNull(dedup, "dedup");
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1 (or null for no budget), not " + maxTokens);
        }
        if (validationFraction < 0 || validationFraction >= 1) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), not " + validationFraction);
        }
    }

    /** A profile with the template rendering (the default). */
    public ExportProfileFile(ExportFormat format, Selection selection, Integer maxTokens, OverBudget overBudget, String tokenizer,
                             String template, long seed, boolean shuffleCandidates, DedupOptions dedup, double validationFraction,
                             PackingOptions packing) {
        this(format, selection, maxTokens, overBudget, tokenizer, template, Rendering.TEMPLATE, seed, shuffleCandidates, dedup,
                validationFraction, packing);
    }

    /**
     * Accepted samples, no budget, approximate counter, ChatML, template rendering, seed 0, exact duplicates only, no
     * split or packing.
     */
    public static ExportProfileFile defaults(ExportFormat format) {
        return new ExportProfileFile(format, Selection.ACCEPTED, null, OverBudget.DROP, "approx", "chatml", 0, false,
                DedupOptions.EXACT_ONLY, 0, null);
    }

    /**
     * The profile the pipeline runs, with the tokenizer and template opened from {@link #tokenizer()} and
     * {@link #template()}. Packing without a budget still meets the over-budget policy for records longer than a
     * sequence (as {@code ./studio export --pack-length} does).
     */
    public ExportProfile toProfile(TokenCounter counter, ChatTemplate chatTemplate, Map<String, String> filters) {
        ExportProfile.Builder builder = ExportProfile.builder(format)
                .tokenizer(counter)
                .template(chatTemplate)
                .rendering(rendering)
                .seed(seed)
                .shuffleCandidates(shuffleCandidates)
                .dedup(dedup)
                .validationFraction(validationFraction)
                .packing(packing)
                .filters(filters);
        if (maxTokens != null) {
            builder.budget(maxTokens, overBudget);
        } else if (packing != null) {
            builder.budget(Integer.MAX_VALUE, overBudget);
        }
        return builder.build();
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("schema", SCHEMA);
        node.put("format", format.wireName());
        ObjectNode chosen = node.putObject("selection");
        chosen.put("acceptedOnly", selection.acceptedOnly());
        chosen.put("minRating", selection.minRating());
        chosen.put("kind", selection.kind() == null ? null : selection.kind().wireName());
        if (maxTokens == null) {
            node.putNull("maxTokens");
        } else {
            node.put("maxTokens", maxTokens);
        }
        node.put("overBudget", overBudget.wireName());
        node.put("tokenizer", tokenizer);
        node.put("template", template);
        node.put("rendering", rendering.wireName());
        node.put("seed", seed);
        node.put("shuffleCandidates", shuffleCandidates);
        node.put("maxPerQuestion", dedup.maxPerQuestion());
        node.put("nearDuplicateThreshold", dedup.nearDuplicateThreshold());
        node.put("validationFraction", validationFraction);
        if (packing == null) {
            node.putNull("packing");
        } else {
            node.putObject("packing").put("sequenceLength", packing.sequenceLength()).put("separator", packing.separator());
        }
        return node;
    }

    /** Pretty-printed, one key a line, ending with a newline: a file to read and edit by hand. */
    public byte[] toBytes() {
        String text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson());
        return (text + "\n").getBytes(UTF_8);
    }

    /** @throws IllegalArgumentException with a one-line reason naming the key when the text is not a valid profile */
    public static ExportProfileFile parse(String text) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode node)) {
            throw new IllegalArgumentException("an export profile is a JSON object");
        }
        for (String key : node.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String schema = optionalText(node, "schema", SCHEMA);
        if (!schema.equals(SCHEMA)) {
            throw new IllegalArgumentException("'schema' is " + schema + ", expected " + SCHEMA);
        }
        String formatName = optionalText(node, "format", null);
        if (formatName == null) {
            throw new IllegalArgumentException("'format' is missing (chat, sharegpt, cpt-text, has-text or fas-text)");
        }
        ExportProfileFile d = defaults(ExportFormat.fromWireName(formatName));
        JsonNode packingNode = node.get("packing");
        PackingOptions packing = null;
        if (packingNode != null && !packingNode.isNull()) {
            if (!packingNode.isObject() || !packingNode.path("sequenceLength").canConvertToInt()) {
                throw new IllegalArgumentException("'packing' is null or {\"sequenceLength\": N, \"separator\": TEXT}");
            }
            packing = new PackingOptions(packingNode.get("sequenceLength").intValue(), optionalText(packingNode, "separator", "<|endoftext|>"));
        }
        JsonNode maxTokensNode = node.get("maxTokens");
        Integer maxTokens = maxTokensNode == null || maxTokensNode.isNull() ? null : integer(node, "maxTokens", 0);
        return new ExportProfileFile(
                d.format(),
                selection(node.get("selection")),
                maxTokens,
                OverBudget.fromWireName(optionalText(node, "overBudget", d.overBudget().wireName())),
                optionalText(node, "tokenizer", d.tokenizer()),
                optionalText(node, "template", d.template()),
                Rendering.fromWireName(optionalText(node, "rendering", d.rendering().wireName())),
                node.has("seed") ? longValue(node, "seed") : d.seed(),
                bool(node, "shuffleCandidates", d.shuffleCandidates()),
                new DedupOptions(integer(node, "maxPerQuestion", 0), number(node, "nearDuplicateThreshold", 0)),
                number(node, "validationFraction", 0),
                packing);
    }

    private static Selection selection(JsonNode node) {
        if (node == null || node.isNull()) {
            return Selection.ACCEPTED;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'selection' is an object {acceptedOnly, minRating, kind}");
        }
        for (String key : node.propertyNames()) {
            if (!Set.of("acceptedOnly", "minRating", "kind").contains(key)) {
                throw new IllegalArgumentException("unknown key 'selection." + key + "' (known: acceptedOnly, kind, minRating)");
            }
        }
        String kind = optionalText(node, "kind", null);
        return new Selection(bool(node, "acceptedOnly", true), integer(node, "minRating", 0),
                kind == null ? null : SampleKind.fromWireName(kind));
    }

    private static String optionalText(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return value.stringValue();
    }

    private static boolean bool(JsonNode node, String key, boolean fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("'" + key + "' must be true or false");
        }
        return value.booleanValue();
    }

    private static int integer(JsonNode node, String key, int fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number");
        }
        return value.intValue();
    }

    private static long longValue(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number");
        }
        return value.longValue();
    }

    private static double number(JsonNode node, String key, double fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return value.doubleValue();
    }
}
