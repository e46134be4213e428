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
        checkValidationFraction(validationFraction);
        filters = filters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(filters));
    }

    /** The largest share of records a validation file may take: the dialog, the CLI and profile files all hold to it. */
    public static final double MAX_VALIDATION_FRACTION = 0.5;

    public static Builder builder(ExportFormat format) {
        return new Builder(format);
    }

    /** The one rule for a validation share, with the message the dialog and the CLI show. */
    public static double checkValidationFraction(double fraction) {
        if (!(fraction >= 0 && fraction <= MAX_VALIDATION_FRACTION)) {
            throw new IllegalArgumentException("the validation fraction must be from 0 to " + MAX_VALIDATION_FRACTION + ", not " + fraction);
        }
        return fraction;
    }

    /**
     * The one way the export dialog and the command line make a profile, so that both apply the same defaults and
     * rules. Defaults: no budget, drop what is over it, approximate counter, built-in ChatML template, template
     * rendering, seed 0, presented order, no packing, exact duplicates removed, no validation file. Rules, checked by
     * {@link #build()} with one clear message each: a budget is at least 1 token; packing takes the given sequence
     * length or else the budget, and needs one of them; without a budget, a record longer than a packed sequence meets
     * the over-budget choice (dropped or truncated) like a record over a budget; the validation share is from 0 to
     * {@value #MAX_VALIDATION_FRACTION}.
     */
    public static final class Builder {
        private final ExportFormat format;
        private Integer maxTokens;
        private OverBudget overBudget = OverBudget.DROP;
        private TokenCounter tokenizer = ApproximateTokenCounter.INSTANCE;
        private ChatTemplate template = ChatMlTemplate.INSTANCE;
        private Rendering rendering = Rendering.TEMPLATE;
        private long seed;
        private boolean shuffleCandidates;
        private boolean pack;
        private Integer sequenceLength;
        private String separator = PackingOptions.END_OF_TEXT;
        private DedupOptions dedup = DedupOptions.EXACT_ONLY;
        private double validationFraction;
        private Map<String, String> filters = Map.of();

        private Builder(ExportFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        public Builder budget(int maxTokens, OverBudget overBudget) {
            return maxTokens(maxTokens).overBudget(overBudget);
        }

        /** The token budget of one record; null for none. */
        public Builder maxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder overBudget(OverBudget overBudget) {
            this.overBudget = Objects.requireNonNull(overBudget, "overBudget");
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

        /**
         * Packs records into sequences of {@code sequenceLength} tokens, or of the budget when it is null.
         *
         * @param separator written after each document of a packed text sequence; null for the default
         */
        public Builder pack(Integer sequenceLength, String separator) {
            this.pack = true;
            this.sequenceLength = sequenceLength;
            this.separator = separator == null ? PackingOptions.END_OF_TEXT : separator;
            return this;
        }

        /** Null for one record per line. */
        public Builder packing(PackingOptions packing) {
            if (packing == null) {
                this.pack = false;
                this.sequenceLength = null;
                return this;
            }
            return pack(packing.sequenceLength(), packing.separator());
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

        /** @throws IllegalArgumentException with one line saying which rule the choices break */
        public ExportProfile build() {
            if (maxTokens != null && maxTokens < 1) {
                throw new IllegalArgumentException("the token budget must be at least 1, not " + maxTokens);
            }
            checkValidationFraction(validationFraction);
            PackingOptions packing = null;
            if (pack && format == ExportFormat.SHAREGPT) {
                throw new IllegalArgumentException("sharegpt is not packed here: LLaMA-Factory packs it itself (packing: true)");
            }
            if (pack) {
                Integer length = sequenceLength != null ? sequenceLength : maxTokens;
                if (length == null) {
                    throw new IllegalArgumentException("packing needs a sequence length: give a pack length or a token budget");
                }
                if (length < 1) {
                    throw new IllegalArgumentException("the pack length must be at least 1, not " + length);
                }
                packing = new PackingOptions(length, separator);
            }
            // Without a budget, a record longer than a packed sequence meets the over-budget choice all the same.
            BudgetPolicy budget = maxTokens != null ? new BudgetPolicy(maxTokens, overBudget)
                    : new BudgetPolicy(Integer.MAX_VALUE, packing != null ? overBudget : OverBudget.DROP);
            return new ExportProfile(format, budget, tokenizer, template, rendering, seed, shuffleCandidates, packing, dedup,
                    validationFraction, filters);
        }
    }
}
