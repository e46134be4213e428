package org.trajectorystudio.model.export.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.trajectorystudio.model.export.StableHash;

/**
 * Splits records into train and validation by question cluster, so that the same or a near-identical question never
 * lands on both sides. Clusters are visited in an order drawn from the seed and their question text (not from input
 * order or cluster numbers), and taken into validation while they fit the target size; at least one cluster stays in
 * training.
 */
public final class Splitter {
    private Splitter() {}

    /**
     * @param clusterOfRecord the question cluster of each record
     * @param clusterName a stable name of a cluster (its question text), what the visiting order is drawn from
     * @param fraction target share of records in validation, 0..1
     * @return for each record, whether it goes to validation
     */
    public static boolean[] validation(int[] clusterOfRecord, IntFunction<String> clusterName, double fraction, long seed) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), was " + fraction);
        }
        boolean[] validation = new boolean[clusterOfRecord.length];
        if (fraction == 0 || clusterOfRecord.length == 0) {
            return validation;
        }
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        for (int cluster : clusterOfRecord) {
            sizes.merge(cluster, 1, Integer::sum);
        }
        if (sizes.size() < 2) {
            return validation; // one cluster cannot be split without leaking it
        }
        List<Integer> clusters = new ArrayList<>(sizes.keySet());
        clusters.sort(Comparator.comparingLong((Integer cluster) -> StableHash.of(seed, StableHash.of(clusterName.apply(cluster))))
                .thenComparing(clusterName::apply));
        long target = Math.round(fraction * clusterOfRecord.length);
        List<Integer> chosen = new ArrayList<>();
        long taken = 0;
        for (int i = 0; i < clusters.size() - 1 && taken < target; i++) {
            int size = sizes.get(clusters.get(i));
            if (taken + size <= target) {
                chosen.add(clusters.get(i));
                taken += size;
            }
        }
        if (chosen.isEmpty() && target > 0) {
            chosen.add(clusters.getFirst()); // every cluster is larger than the target: better one than none
        }
        java.util.Set<Integer> chosenSet = new java.util.HashSet<>(chosen);
        for (int i = 0; i < clusterOfRecord.length; i++) {
            validation[i] = chosenSet.contains(clusterOfRecord[i]);
        }
        return validation;
    }
}
