package org.trajectorystudio.persistence.query;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.curation.Verdict;

/**
 * Which samples to list, and in what order. Every filter is optional (null or empty = any); the filters given all
 * apply (AND). Within a set, any value matches (OR), except labels and tools, which must all be present.
 *
 * @param datasetId the dataset that brought the samples in
 * @param reviewed true = has a verdict, false = has none
 * @param minRating sample-level rating at least this (implies rated)
 * @param annotator samples this annotator curated (any event)
 * @param text full-text words over question, thoughts and answers; every word must occur (whole words, any case)
 * @param ids only these sample ids (a review queue of chosen samples); null = any, empty = none
 */
public record SampleQuery(
        Long datasetId,
        Set<SampleKind> kinds,
        Set<Judgment> judgments,
        Set<Verdict> verdicts,
        Boolean reviewed,
        Boolean rated,
        Integer minRating,
        Integer maxRating,
        Set<String> labels,
        Set<String> tools,
        Integer minTokens,
        Integer maxTokens,
        String annotator,
        String text,
        Sort sort,
        Set<String> ids,
        org.trajectorystudio.persistence.flags.FlagFilter flagged) {

    public SampleQuery {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
        judgments = judgments == null || judgments.isEmpty() ? Set.of() : Set.copyOf(judgments);
        verdicts = verdicts == null || verdicts.isEmpty() ? Set.of() : Set.copyOf(verdicts);
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        tools = tools == null ? Set.of() : Set.copyOf(tools);
        sort = sort == null ? Sort.IMPORT_ORDER : sort;
        text = text == null || text.isBlank() ? null : text.strip();
        annotator = annotator == null || annotator.isBlank() ? null : annotator.strip();
        ids = ids == null ? null : Set.copyOf(ids);
    }

    /** The query without a flag filter (kept for callers written before flags). */
    public SampleQuery(Long datasetId, Set<SampleKind> kinds, Set<Judgment> judgments, Set<Verdict> verdicts,
            Boolean reviewed, Boolean rated, Integer minRating, Integer maxRating, Set<String> labels, Set<String> tools,
            Integer minTokens, Integer maxTokens, String annotator, String text, Sort sort, Set<String> ids) {
        this(datasetId, kinds, judgments, verdicts, reviewed, rated, minRating, maxRating, labels, tools, minTokens,
                maxTokens, annotator, text, sort, ids, null);
    }

    /** Every sample, in import order. */
    public static SampleQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.datasetId = datasetId;
        b.kinds.addAll(kinds);
        b.judgments.addAll(judgments);
        b.verdicts.addAll(verdicts);
        b.reviewed = reviewed;
        b.rated = rated;
        b.minRating = minRating;
        b.maxRating = maxRating;
        b.labels.addAll(labels);
        b.tools.addAll(tools);
        b.minTokens = minTokens;
        b.maxTokens = maxTokens;
        b.annotator = annotator;
        b.text = text;
        b.sort = sort;
        b.ids = ids;
        b.flagged = flagged;
        return b;
    }

    /** Builds a query filter by filter. */
    public static final class Builder {
        private Long datasetId;
        private final Set<SampleKind> kinds = EnumSet.noneOf(SampleKind.class);
        private final Set<Judgment> judgments = EnumSet.noneOf(Judgment.class);
        private final Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        private Boolean reviewed;
        private Boolean rated;
        private Integer minRating;
        private Integer maxRating;
        private final Set<String> labels = new LinkedHashSet<>();
        private final Set<String> tools = new LinkedHashSet<>();
        private Integer minTokens;
        private Integer maxTokens;
        private String annotator;
        private String text;
        private Sort sort = Sort.IMPORT_ORDER;
        private Set<String> ids;
        private org.trajectorystudio.persistence.flags.FlagFilter flagged;

        public Builder dataset(long id) { datasetId = id; return this; }
        public Builder kind(SampleKind kind) { kinds.add(kind); return this; }
        public Builder judgment(Judgment judgment) { judgments.add(judgment); return this; }
        public Builder verdict(Verdict verdict) { verdicts.add(verdict); return this; }
        public Builder reviewed(Boolean value) { reviewed = value; return this; }
        public Builder rated(Boolean value) { rated = value; return this; }
        public Builder rating(Integer min, Integer max) { minRating = min; maxRating = max; return this; }
        public Builder label(String label) { labels.add(label); return this; }
        public Builder tool(String tool) { tools.add(tool); return this; }
        public Builder tokens(Integer min, Integer max) { minTokens = min; maxTokens = max; return this; }
        public Builder annotator(String name) { annotator = name; return this; }
        public Builder text(String words) { text = words; return this; }
        public Builder sort(Sort order) { sort = order; return this; }
        /** Only samples carrying a flag this filter names (null = any). */
        public Builder flagged(org.trajectorystudio.persistence.flags.FlagFilter filter) { flagged = filter; return this; }
        /** Only these samples (null = any); given twice, only those in both. */
        public Builder ids(java.util.Collection<String> only) {
            if (only == null) {
                return this;
            }
            Set<String> wanted = new LinkedHashSet<>(only);
            if (ids != null) {
                wanted.retainAll(ids);
            }
            ids = wanted;
            return this;
        }

        public SampleQuery build() {
            return new SampleQuery(datasetId, kinds, judgments, verdicts, reviewed, rated, minRating, maxRating,
                    labels, tools, minTokens, maxTokens, annotator, text, sort, ids, flagged);
        }
    }
}
