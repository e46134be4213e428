package org.trajectorystudio.model.export;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.trajectorystudio.model.export.budget.BudgetPolicy;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;
import org.trajectorystudio.model.tokens.TokenCounter;

/**
 * Everything that decides an export's bytes: with the same input, the same profile gives byte-identical files.
 *
 * @param tokenizer counts the budget; its {@link TokenCounter#name()} goes to the manifest
 * @param template renders {@code cpt-text} and counts {@code chat}
 * @param rendering how {@code chat} and {@code cpt-text} write the conversation: through the template, or as the source wrote it
 * @param seed drives HAS option shuffling, MinHash and the validation split
 * @param packing null for one record per line
 * @param validationFraction share of records for a validation file, 0 for none
 * @param filters the selection that produced the input, recorded in the manifest (sorted by key)
 */
public record ExportProfile(
        ExportFormat format,
        BudgetPolicy budget,
        TokenCounter tokenizer,
        ChatTemplate template,
        Rendering rendering,
        long seed,
        boolean shuffleCandidates,
        PackingOptions packing,
        DedupOptions dedup,
        double validationFraction,
        Map<String, String> filters) {

    public ExportProfile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(rendering, "rendering");
        Objects.requireNonNull(dedup, "dedup");
        if (validationFraction < 0 || validationFraction >= 1) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), was " + validationFraction);
        }
        filters = filters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(filters));
    }

    public static Builder builder(ExportFormat format) {
        return new Builder(format);
    }

    /** Defaults: no budget, approximate counter, built-in ChatML template, seed 0, presented order, no packing. */
    public static final class Builder {
        private final ExportFormat format;
        private BudgetPolicy budget = BudgetPolicy.unlimited();
        private TokenCounter tokenizer = ApproximateTokenCounter.INSTANCE;
        private ChatTemplate template = ChatMlTemplate.INSTANCE;
        private Rendering rendering = Rendering.TEMPLATE;
        private long seed;
        private boolean shuffleCandidates;
        private PackingOptions packing;
        private DedupOptions dedup = DedupOptions.EXACT_ONLY;
        private double validationFraction;
        private Map<String, String> filters = Map.of();

        private Builder(ExportFormat format) {
            this.format = format;
        }

        public Builder budget(int maxTokens, OverBudget overBudget) {
            this.budget = new BudgetPolicy(maxTokens, overBudget);
            return this;
        }

        public Builder tokenizer(TokenCounter tokenizer) {
            this.tokenizer = tokenizer;
            return this;
        }

        public Builder template(ChatTemplate template) {
            this.template = template;
            return this;
        }

        public Builder rendering(Rendering rendering) {
            this.rendering = rendering;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder shuffleCandidates(boolean shuffle) {
            this.shuffleCandidates = shuffle;
            return this;
        }

        public Builder packing(PackingOptions packing) {
            this.packing = packing;
            return this;
        }

        public Builder dedup(DedupOptions dedup) {
            this.dedup = dedup;
            return this;
        }

        public Builder validationFraction(double fraction) {
            this.validationFraction = fraction;
            return this;
        }

        public Builder filters(Map<String, String> filters) {
            this.filters = filters;
            return this;
        }

        public ExportProfile build() {
            return new ExportProfile(format, budget, tokenizer, template, rendering, seed, shuffleCandidates, packing, dedup,
                    validationFraction, filters);
        }
    }
}
