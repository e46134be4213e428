package org.trajectorystudio.model.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cohen's kappa for two coders assigning nominal categories, and for more coders pairwise (each pair over the items
 * both coded). Written here: it is a few lines of counting.
 */
public final class CohenKappa {
    private CohenKappa() {}

    /** @param first item → category of the first coder; items the other did not code are left out */
    public static <I, C> KappaResult of(String firstName, Map<I, C> first, String secondName, Map<I, C> second) {
        Map<C, Integer> firstCounts = new HashMap<>();
        Map<C, Integer> secondCounts = new HashMap<>();
        int items = 0;
        int agreed = 0;
        for (Map.Entry<I, C> entry : first.entrySet()) {
            C other = second.get(entry.getKey());
            if (other == null || entry.getValue() == null) {
                continue;
            }
            items++;
            if (other.equals(entry.getValue())) {
                agreed++;
            }
            firstCounts.merge(entry.getValue(), 1, Integer::sum);
            secondCounts.merge(other, 1, Integer::sum);
        }
        if (items == 0) {
            return new KappaResult(firstName, secondName, Double.NaN, 0, Double.NaN);
        }
        double observed = (double) agreed / items;
        double chance = 0;
        for (Map.Entry<C, Integer> entry : firstCounts.entrySet()) {
            chance += (double) entry.getValue() / items * secondCounts.getOrDefault(entry.getKey(), 0) / items;
        }
        double kappa = chance >= 1 ? Double.NaN : (observed - chance) / (1 - chance);
        return new KappaResult(firstName, secondName, kappa, items, observed);
    }

    /** Kappa of every pair of coders (in name order) that coded at least one item in common. */
    public static <I, C> List<KappaResult> pairwise(Map<String, ? extends Map<I, C>> byCoder) {
        List<String> names = new ArrayList<>(new TreeSet<>(byCoder.keySet()));
        List<KappaResult> pairs = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                KappaResult pair = of(names.get(a), byCoder.get(names.get(a)), names.get(b), byCoder.get(names.get(b)));
                if (pair.items() > 0) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    /** The mean of the defined kappas (Light's kappa when there are more than two coders); NaN when none is. */
    public static double mean(List<KappaResult> pairs) {
        return pairs.stream().filter(KappaResult::defined).mapToDouble(KappaResult::kappa).average().orElse(Double.NaN);
    }
}
