package org.trajectorystudio.model.agreement;

/**
 * How far apart two values of a scale are, as Krippendorff's squared difference function δ² (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability", section E).
 */
public enum DistanceMetric {
    /** Values are categories: δ² is 0 when equal, else 1. */
    NOMINAL,
    /**
     * Values are ranks: δ²(c,k) = (Σ_{g between c and k} n_g − (n_c + n_k)/2)², where n_g counts how often value g was
     * given. The right metric for 1–5 ratings, whose steps are ordered but not equally wide.
     */
    ORDINAL,
    /** Values are on an equal-step scale: δ²(c,k) = (c − k)². */
    INTERVAL
}
