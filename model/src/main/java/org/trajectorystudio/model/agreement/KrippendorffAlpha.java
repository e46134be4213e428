package org.trajectorystudio.model.agreement;

import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for any number of coders with missing values, computed through the coincidence matrix
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", sections C and E):
 * α = 1 − D_o / D_e = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck.
 * Written here (no maintained Java library for it is at hand); its tests include Krippendorff's own worked example.
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {}

    /**
     * @param units per unit (sample) the values the coders gave it, missing ones left out; units with fewer than two
     *     values cannot be paired and are ignored
     */
    public static AlphaResult of(Collection<? extends Collection<Integer>> units, DistanceMetric metric) {
        TreeSet<Integer> scale = new TreeSet<>();
        int pairable = 0;
        for (Collection<Integer> unit : units) {
            if (unit.size() >= 2) {
                scale.addAll(unit);
                pairable++;
            }
        }
        List<Integer> values = List.copyOf(scale);
        int size = values.size();
        TreeMap<Integer, Integer> index = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            index.put(values.get(i), i);
        }
        // Coincidence matrix: each ordered pair of values within a unit adds 1 / (m_u − 1).
        double[][] o = new double[size][size];
        for (Collection<Integer> unit : units) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            int[] counts = new int[size];
            for (Integer value : unit) {
                counts[index.get(value)]++;
            }
            for (int c = 0; c < size; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                for (int k = 0; k < size; k++) {
                    double pairs = c == k ? counts[c] * (counts[c] - 1.0) : counts[c] * (double) counts[k];
                    o[c][k] += pairs / (m - 1);
                }
            }
        }
        double[] n = new double[size];
        double total = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                n[c] += o[c][k];
            }
            total += n[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                double delta = delta(metric, values, n, c, k);
                observed += o[c][k] * delta;
                expected += n[c] * n[k] * delta;
            }
        }
        int pairableValues = (int) Math.round(total);
        double alpha = expected == 0 ? Double.NaN : 1 - (total - 1) * observed / expected;
        return new AlphaResult(alpha, pairable, pairableValues, metric);
    }

    private static double delta(DistanceMetric metric, List<Integer> values, double[] n, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> {
                double d = values.get(c) - values.get(k);
                yield d * d;
            }
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double sum = 0;
                for (int g = low; g <= high; g++) {
                    sum += n[g];
                }
                double d = sum - (n[c] + n[k]) / 2;
                yield d * d;
            }
        };
    }
}
