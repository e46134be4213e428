package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trajectorystudio.model.compare.QuestionKey;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.PageCursor;
import org.trajectorystudio.persistence.query.SamplePage;
import org.trajectorystudio.persistence.query.SampleQuery;
import org.trajectorystudio.persistence.query.SampleSummary;
import org.trajectorystudio.persistence.search.Terms;

/**
 * Other trajectories for the same question: samples whose question has the same {@link QuestionKey}.
 *
 * <p>How it stays fast on a large library: it asks the existing full-text index for samples holding every word of the
 * question. The index drives that query from the question's rarest word (its postings list, usually a handful of rows)
 * and checks the other words per row, so the cost follows how rare the question is, not the library's size; the few
 * candidates (the index also covers thoughts and answers) are then kept only if their question's key is equal, in
 * Java. No new table and no change to the import: the search index is built behind imports anyway. Limits: samples
 * the indexer has not reached yet are not found until it has, and a question with no searchable word (only stop words,
 * or one long unbroken CJK run) finds nothing.
 */
public final class SameQuestion {
    /** Enough for any real question; a question asked more often than this lists its first ones. */
    public static final int MAX_RESULTS = 500;
    private static final int PAGE = 200;

    private SameQuestion() {}

    /** Samples other than {@code sampleId} whose question has the same key as {@code question}, in import order. */
    public static List<SampleSummary> find(Library library, String sampleId, String question) {
        QuestionKey key = QuestionKey.of(question);
        if (key.value().isEmpty() || Terms.ofQuery(question).isEmpty()) {
            return List.of();
        }
        SampleQuery query = SampleQuery.builder().text(question).build();
        List<SampleSummary> found = new ArrayList<>();
        PageCursor after = null;
        int scanned = 0;
        do {
            SamplePage page = library.samples().page(query, after, PAGE);
            for (SampleSummary row : page.rows()) {
                if (!row.id().equals(sampleId) && QuestionKey.of(row.question()).equals(key)) {
                    found.add(row);
                }
            }
            scanned += page.rows().size();
            Optional<PageCursor> next = page.next();
            after = next.orElse(null);
        } while (after != null && found.size() < MAX_RESULTS && scanned < 10 * MAX_RESULTS);
        return found.size() > MAX_RESULTS ? List.copyOf(found.subList(0, MAX_RESULTS)) : found;
    }
}
