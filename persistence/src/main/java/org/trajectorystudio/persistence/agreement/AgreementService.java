package org.trajectorystudio.persistence.agreement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trajectorystudio.model.agreement.AlphaResult;
import org.trajectorystudio.model.agreement.CohenKappa;
import org.trajectorystudio.model.agreement.DistanceMetric;
import org.trajectorystudio.model.agreement.KappaResult;
import org.trajectorystudio.model.agreement.KrippendorffAlpha;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.curation.EventType;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.store.Database;
import tools.jackson.databind.JsonNode;

/**
 * Measures how much the library's annotators agree. The derived tables keep only the latest rating and verdict over
 * all annotators, so this reads the log itself: for every (sample, annotator) the latest sample-level rating and the
 * latest verdict by time (imported events keep their original time). Ratings 1–5 are ordinal (a 4 is above a 3, but
 * the steps need not be equal), hence Krippendorff's alpha with the ordinal metric; verdicts are nominal, hence
 * Cohen's kappa for each pair of annotators. Thread-safe.
 */
public final class AgreementService {
    /** Ratings this far apart or more make a disagreement. */
    public static final int RATING_GAP = 2;

    private final Database database;

    public AgreementService(Database database) {
        this.database = database;
    }

    public AgreementReport report() {
        // sample id → annotator → latest value; the query's time order makes the last write the latest.
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        Map<String, Map<String, Verdict>> verdicts = new LinkedHashMap<>();
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT sample_id, annotator, type, payload FROM curation_event WHERE type IN (?, ?, ?, ?, ?) ORDER BY at_time, uid")) {
                select.setString(1, EventType.RATING.wireName());
                select.setString(2, EventType.VERDICT.wireName());
                select.setString(3, EventType.RATING_CLEAR.wireName());
                select.setString(4, EventType.VERDICT_CLEAR.wireName());
                select.setString(5, EventType.SUGGESTION.wireName());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String sample = rs.getString(1);
                        String annotator = rs.getString(2);
                        JsonNode payload = Json.MAPPER.readTree(rs.getString(4));
                        switch (EventType.fromWireName(rs.getString(3))) {
                            case RATING -> {
                                if (!payload.has("step") && payload.has("score")) { // step and candidate ratings are not sample agreement
                                    ratings.computeIfAbsent(sample, k -> new TreeMap<>()).put(annotator, payload.get("score").intValue());
                                }
                            }
                            case RATING_CLEAR -> { // an undone rating: that annotator has none now
                                if (!payload.has("step") && ratings.containsKey(sample)) {
                                    ratings.get(sample).remove(annotator);
                                }
                            }
                            case VERDICT -> verdicts.computeIfAbsent(sample, k -> new TreeMap<>())
                                    .put(annotator, Verdict.fromWireName(Json.text(payload, "verdict")));
                            // A judge's suggested verdict counts as that judge's verdict, so that alpha/kappa and the
                            // disagreements set it against each curator; option suggestions are not sample verdicts.
                            case SUGGESTION -> {
                                String suggested = Json.text(payload, "verdict");
                                if (suggested != null) {
                                    verdicts.computeIfAbsent(sample, k -> new TreeMap<>()).put(annotator, Verdict.fromWireName(suggested));
                                }
                            }
                            default -> {
                                if (verdicts.containsKey(sample)) {
                                    verdicts.get(sample).remove(annotator);
                                }
                            }
                        }
                    }
                }
            }
            AgreementReport report = report(ratings, verdicts);
            // Questions only for the samples listed, not for every event read.
            Map<String, String> questions = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, question FROM sample WHERE id = ANY(?)")) {
                select.setObject(1, report.disagreementIds().toArray(new String[0]));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        questions.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return report.withQuestions(questions);
        });
    }

    /** The figures from each annotator's latest values (sample id → annotator → value). */
    static AgreementReport report(Map<String, Map<String, Integer>> ratings, Map<String, Map<String, Verdict>> verdicts) {
        TreeSet<String> annotators = new TreeSet<>();
        ratings.values().forEach(byAnnotator -> annotators.addAll(byAnnotator.keySet()));
        verdicts.values().forEach(byAnnotator -> annotators.addAll(byAnnotator.keySet()));

        AlphaResult alpha = KrippendorffAlpha.of(ratings.values().stream().map(m -> List.copyOf(m.values())).toList(),
                DistanceMetric.ORDINAL);

        Map<String, Map<String, Verdict>> byAnnotator = new TreeMap<>();
        verdicts.forEach((sample, given) -> given.forEach((who, verdict) ->
                byAnnotator.computeIfAbsent(who, k -> new TreeMap<>()).put(sample, verdict)));
        List<KappaResult> kappas = CohenKappa.pairwise(byAnnotator);

        TreeSet<String> samples = new TreeSet<>(ratings.keySet());
        samples.addAll(verdicts.keySet());
        int items = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (String sample : samples) {
            Map<String, Integer> rated = ratings.getOrDefault(sample, Map.of());
            Map<String, Verdict> judged = verdicts.getOrDefault(sample, Map.of());
            if (rated.size() >= 2 || judged.size() >= 2) {
                items++;
            }
            Disagreement candidate = new Disagreement(sample, "", new TreeMap<>(rated), new TreeMap<>(judged));
            if (candidate.verdictsDiffer() || candidate.ratingSpread() >= RATING_GAP) {
                disagreements.add(candidate);
            }
        }
        return new AgreementReport(List.copyOf(annotators), items, alpha, kappas, CohenKappa.mean(kappas), disagreements);
    }
}
