package org.trajectorystudio.app.library;

import java.util.List;
import java.util.function.UnaryOperator;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * A saved filter the curator works through: the samples still {@code pending} within a {@code universe}, so the
 * pane can show progress (e.g. "Unrated HAS": HAS samples, of which the unrated are pending).
 */
public record ReviewQueue(String name, UnaryOperator<SampleQuery.Builder> universe, UnaryOperator<SampleQuery.Builder> pending) {

    /** The samples to show when the queue is selected. */
    public UnaryOperator<SampleQuery.Builder> select() {
        return builder -> pending.apply(universe.apply(builder));
    }

    public boolean hasProgress() {
        return pending != IDENTITY;
    }

    private static final UnaryOperator<SampleQuery.Builder> IDENTITY = b -> b;

    /** A queue of chosen samples (e.g. those annotators disagree on), without progress. */
    public static ReviewQueue ofSamples(String name, java.util.Collection<String> ids) {
        List<String> chosen = List.copyOf(ids);
        return new ReviewQueue(name, b -> b.ids(chosen), IDENTITY);
    }

    public static final List<ReviewQueue> DEFAULTS = List.of(
            new ReviewQueue("Unrated HAS", b -> b.kind(SampleKind.HAS_DECISION), b -> b.rated(false)),
            new ReviewQueue("Unreviewed", IDENTITY, b -> b.reviewed(false)),
            new ReviewQueue("Needs edit", b -> b.verdict(Verdict.NEEDS_EDIT), IDENTITY),
            new ReviewQueue("Accepted", b -> b.verdict(Verdict.ACCEPTED), IDENTITY),
            new ReviewQueue("Rejected", b -> b.verdict(Verdict.REJECTED), IDENTITY));
}
