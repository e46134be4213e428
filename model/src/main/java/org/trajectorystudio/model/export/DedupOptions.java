package org.trajectorystudio.model.export;

/**
 * Deduplication beyond exact duplicates (which are always removed).
 *
 * @param maxPerQuestion at most this many samples per question (per near-duplicate cluster when clustering is on); 0 =
 *     no limit
 * @param nearDuplicateThreshold estimated Jaccard similarity (MinHash over 4-character shingles) from which two
 *     questions are the same question; 0 = only identical questions (after normalization) are
 */
public record DedupOptions(int maxPerQuestion, double nearDuplicateThreshold) {
    public static final DedupOptions EXACT_ONLY = new DedupOptions(0, 0);

    public DedupOptions {
        if (maxPerQuestion < 0) {
            throw new IllegalArgumentException("max per question must be 0 (no limit) or more, was " + maxPerQuestion);
        }
        if (nearDuplicateThreshold < 0 || nearDuplicateThreshold > 1) {
            throw new IllegalArgumentException("near-duplicate threshold must be in 0..1, was " + nearDuplicateThreshold);
        }
    }
}
