package org.trajectorystudio.persistence.agreement;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.trajectorystudio.persistence.curation.Verdict;

/**
 * A sample its annotators disagree on: their verdicts differ, or their ratings are at least
 * {@value AgreementService#RATING_GAP} apart.
 *
 * @param ratings annotator → latest sample-level rating (only annotators who rated it)
 * @param verdicts annotator → latest verdict (only annotators who gave one)
 */
public record Disagreement(String sampleId, String question, SortedMap<String, Integer> ratings,
        SortedMap<String, Verdict> verdicts) {

    public Disagreement {
        ratings = new TreeMap<>(ratings);
        verdicts = new TreeMap<>(verdicts);
    }

    /** Highest minus lowest rating; 0 with fewer than two ratings. */
    public int ratingSpread() {
        if (ratings.size() < 2) {
            return 0;
        }
        int min = ratings.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = ratings.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return max - min;
    }

    public boolean verdictsDiffer() {
        return verdicts.values().stream().distinct().count() > 1;
    }

    /** "alice 2 · bob 5" */
    public static String describe(Map<String, ?> byAnnotator) {
        StringBuilder text = new StringBuilder();
        byAnnotator.forEach((who, value) -> {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(who).append(' ').append(value instanceof Verdict verdict ? verdict.wireName() : value);
        });
        return text.toString();
    }
}
