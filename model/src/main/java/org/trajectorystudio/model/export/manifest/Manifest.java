package org.trajectorystudio.model.export.manifest;

import java.util.List;
import java.util.Map;

/**
 * What an export wrote and how, next to it as {@code FILE.manifest.json}. It holds no time stamp: the same input,
 * profile and seed give a byte-identical manifest too (the file's own modification time says when).
 */
public record Manifest(
        String studioVersion,
        Profile profile,
        Map<String, String> filters,
        Tokenizer tokenizer,
        String template,
        Counts counts,
        Tokens tokens,
        PackingSummary packing,
        Questions questions,
        List<Output> outputs,
        List<Source> sources,
        List<Entry> samples,
        List<Removed> removed) {

    public static final String SCHEMA = "trajectory-studio/export-manifest/v1";

    public Manifest {
        filters = Map.copyOf(filters);
        outputs = List.copyOf(outputs);
        sources = List.copyOf(sources);
        samples = List.copyOf(samples);
        removed = List.copyOf(removed);
    }

    /**
     * @param rendering how chat and cpt-text wrote the conversation ({@code template} or {@code source})
     * @param maxTokens null when there was no budget
     */
    public record Profile(
            String format, String rendering, Integer maxTokens, String overBudget, long seed, boolean shuffleCandidates,
            int maxPerQuestion, double nearDuplicateThreshold, double validationFraction) {

        /** What the manifest says of the profile an export ran with (the studio's and the Spark job's alike). */
        public static Profile of(org.trajectorystudio.model.export.ExportProfile profile) {
            org.trajectorystudio.model.export.budget.BudgetPolicy asked = profile.budget();
            return new Profile(profile.format().wireName(), profile.rendering().wireName(),
                    asked.limited() ? asked.maxTokens() : null, asked.overBudget().wireName(), profile.seed(),
                    profile.shuffleCandidates(), profile.dedup().maxPerQuestion(), profile.dedup().nearDuplicateThreshold(),
                    profile.validationFraction());
        }
    }

    /** @param exact false for the approximate counter, whose figures are estimates */
    public record Tokenizer(String name, boolean exact) {}

    /**
     * @param cutBeforeNotExecuted samples read that were cut before a step a curator marked not executed (another
     *     option made the action taken): their records end before a response the new action never got
     */
    public record Counts(
            long read, long exported, long train, long validation, long dropped, long truncated,
            long truncatedWithoutFinalAnswer, long deduplicated, long exactDuplicates, long overQuestionLimit,
            long skipped, long cutBeforeNotExecuted) {
        /** Counts of an export that cut nothing. */
        public Counts(long read, long exported, long train, long validation, long dropped, long truncated,
                long truncatedWithoutFinalAnswer, long deduplicated, long exactDuplicates, long overQuestionLimit, long skipped) {
            this(read, exported, train, validation, dropped, truncated, truncatedWithoutFinalAnswer, deduplicated, exactDuplicates,
                    overQuestionLimit, skipped, 0);
        }
    }

    /** @param mean rounded to a whole token */
    public record Tokens(long total, int min, int max, long mean, List<Bucket> histogram) {
        public Tokens {
            histogram = List.copyOf(histogram);
        }
    }

    /** @param upTo inclusive upper bound of the bucket; null for the last, open one */
    public record Bucket(Integer upTo, long records) {}

    /**
     * @param usedTokens record tokens plus separators
     * @param efficiency used tokens over sequences × sequence length
     */
    public record PackingSummary(int sequenceLength, String separator, int separatorTokens, long sequences, long usedTokens, double efficiency) {}

    /** @param clusters question clusters (identical or near-identical questions) among the exported records */
    public record Questions(long distinct, long clusters) {}

    /** @param file name only, so that the manifest does not depend on the folder it was written to */
    public record Output(String file, String split, long lines, long records, String sha256) {}

    public record Source(String datasetHash, long read, long exported) {}

    public record Entry(String id, int revision, String dataset, String split, int tokens, boolean truncated, boolean finalAnswerLost) {}

    public record Removed(String id, int revision, String reason) {}
}
