package org.trajectorystudio.model.export.dedup;

import org.trajectorystudio.model.compare.QuestionKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.export.StableHash;

/**
 * Groups questions: identical questions (by {@link QuestionKey}) always, and, when a similarity threshold is set,
 * near-identical ones found by MinHash with locality-sensitive banding, confirmed on the signatures and joined with
 * union-find (so similarity is transitive within a cluster). Questions are numbered in the order first seen; a cluster
 * is named by its lowest-numbered question, so clusters do not depend on hash-map order.
 */
public final class QuestionClusters {
    private static final int HASHES = 64;
    /** Bands of the LSH index: questions that share one band's hash are compared (the Spark job bands the same way). */
    public static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 4;

    private final double threshold;
    private final MinHash minHash;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> questions = new ArrayList<>();
    private final List<long[]> signatures = new ArrayList<>();
    private final List<Map<Long, Integer>> bands = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();

    /** @param threshold estimated Jaccard similarity of 4-character shingles from which two questions are one; 0 = off */
    public QuestionClusters(double threshold, long seed) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("near-duplicate threshold must be in 0..1, was " + threshold);
        }
        this.threshold = threshold;
        this.minHash = threshold > 0 ? minHash(seed) : null;
        for (int band = 0; band < BANDS; band++) {
            bands.add(new HashMap<>());
        }
    }

    /** The number of the question, adding it when new. */
    public int add(String question) {
        String key = QuestionKey.of(question).value();
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        int number = questions.size();
        index.put(key, number);
        questions.add(key);
        parent.add(number);
        if (minHash != null) {
            long[] signature = minHash.signature(key);
            signatures.add(signature);
            for (int band = 0; band < BANDS; band++) {
                long bandHash = bandHash(signature, band);
                Integer other = bands.get(band).putIfAbsent(bandHash, number);
                if (other != null && MinHash.similarity(signature, signatures.get(other)) >= threshold) {
                    union(number, other);
                }
            }
        }
        return number;
    }

    /** The MinHash family clusters are built with: {@code seed} decides it. */
    public static MinHash minHash(long seed) {
        return new MinHash(seed, HASHES, SHINGLE);
    }

    /** The hash of one band of a signature: two questions with equal band hashes are candidates. */
    public static long bandHash(long[] signature, int band) {
        return StableHash.of(band, java.util.Arrays.copyOfRange(signature, band * ROWS, (band + 1) * ROWS));
    }

    public int questionCount() {
        return questions.size();
    }

    /** The normalized text of question {@code number}. */
    public String question(int number) {
        return questions.get(number);
    }

    /** The cluster of question {@code number}: the lowest number in it. */
    public int cluster(int number) {
        return find(number);
    }

    public int clusterCount() {
        int clusters = 0;
        for (int i = 0; i < parent.size(); i++) {
            if (find(i) == i) {
                clusters++;
            }
        }
        return clusters;
    }

    private int find(int number) {
        int root = number;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(number) != root) { // path compression
            int next = parent.get(number);
            parent.set(number, root);
            number = next;
        }
        return root;
    }

    private void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA != rootB) {
            parent.set(Math.max(rootA, rootB), Math.min(rootA, rootB));
        }
    }
}
