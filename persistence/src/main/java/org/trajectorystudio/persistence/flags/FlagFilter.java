package org.trajectorystudio.persistence.flags;

import java.util.List;
import java.util.Set;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.FlagSettings;

/**
 * A query filter: samples that carry at least one of these flag kinds, an answer mismatch counting only below the
 * settings' F1 threshold. Built from the settings so that switched-off kinds never match.
 */
public record FlagFilter(Set<FlagKind> kinds, double answerF1Threshold) {
    public FlagFilter {
        kinds = Set.copyOf(kinds);
    }

    /** Any flag the settings raise (the "Flagged" queue). */
    public static FlagFilter anyRaised(FlagSettings settings) {
        return new FlagFilter(settings.enabled(), settings.answerF1Threshold());
    }

    /** One kind, if the settings raise it (else a filter that matches nothing). */
    public static FlagFilter of(FlagKind kind, FlagSettings settings) {
        return new FlagFilter(settings.enabled().contains(kind) ? Set.of(kind) : Set.of(), settings.answerF1Threshold());
    }

    /** The EXISTS clause (starting with " AND") and its parameters, in order. */
    public String sql(List<Object> params) {
        if (matchesNothing()) {
            return " AND FALSE";
        }
        // USE INDEX: H2 otherwise takes the primary key (flag, sample_seq) for the IN list and scans every row of those
        // flags for each sample (quadratic: stats took 40 s on 16k samples); the sample index probes one sample's rows.
        return " AND EXISTS (SELECT 1 FROM sample_flag f USE INDEX (sample_flag_sample) WHERE f.sample_seq = s.seq AND "
                + rowCondition(params) + ")";
    }

    /** The condition on one {@code sample_flag f} row that this filter counts as raised (kinds not empty). */
    String rowCondition(List<Object> params) {
        StringBuilder clause = new StringBuilder("f.flag IN (");
        boolean first = true;
        for (FlagKind kind : kinds.stream().sorted().toList()) {
            clause.append(first ? "?" : ", ?");
            params.add(kind.wireName());
            first = false;
        }
        clause.append(")");
        if (kinds.contains(FlagKind.ANSWER_MISMATCH)) {
            clause.append(" AND (f.flag <> ? OR f.score < ?)");
            params.add(FlagKind.ANSWER_MISMATCH.wireName());
            params.add(answerF1Threshold);
        }
        return clause.toString();
    }

    boolean matchesNothing() {
        return kinds.isEmpty();
    }
}
