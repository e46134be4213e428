package org.trajectorystudio.app.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.persistence.curation.Preference;
import org.trajectorystudio.persistence.curation.PreferenceOutcome;
import org.trajectorystudio.persistence.curation.RevisionRef;

/**
 * The preferences that count: the latest one of each pair of trajectories (a pair is unordered, so A-vs-B and B-vs-A
 * are the same pair), split into decided pairs and ties.
 *
 * @param decided the latest decided preference of each pair, oldest first
 * @param ties pairs whose latest preference is a tie (no chosen/rejected to export)
 * @param superseded earlier preferences of a pair that a later one replaced
 */
public record PreferencePairs(List<Preference> decided, int ties, int superseded) {

    public static PreferencePairs latest(List<Preference> log) {
        Map<List<RevisionRef>, Preference> latest = new LinkedHashMap<>();
        for (Preference preference : log) {
            latest.merge(pairKey(preference), preference, (older, newer) -> newer.eventId() > older.eventId() ? newer : older);
        }
        List<Preference> decided = new ArrayList<>();
        int ties = 0;
        for (Preference preference : latest.values()) {
            if (preference.outcome() == PreferenceOutcome.TIE) {
                ties++;
            } else {
                decided.add(preference);
            }
        }
        decided.sort(Comparator.comparingLong(Preference::eventId));
        return new PreferencePairs(decided, ties, log.size() - latest.size());
    }

    public static RevisionRef chosen(Preference preference) {
        return preference.outcome() == PreferenceOutcome.LEFT ? preference.left() : preference.right();
    }

    public static RevisionRef rejected(Preference preference) {
        return preference.outcome() == PreferenceOutcome.LEFT ? preference.right() : preference.left();
    }

    private static List<RevisionRef> pairKey(Preference preference) {
        Comparator<RevisionRef> order = Comparator.comparing(RevisionRef::sampleId).thenComparing(RevisionRef::revision);
        return order.compare(preference.left(), preference.right()) <= 0
                ? List.of(preference.left(), preference.right())
                : List.of(preference.right(), preference.left());
    }
}
