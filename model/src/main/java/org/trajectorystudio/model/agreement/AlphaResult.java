package org.trajectorystudio.model.agreement;

/**
 * Krippendorff's alpha over a reliability data set.
 *
 * @param alpha 1 = perfect agreement, 0 = as good as chance, below 0 = systematic disagreement; NaN when it is
 *     undefined (no pairable values, or every value the same so that no disagreement is expected)
 * @param units units with at least two values (the only ones that count)
 * @param values pairable values n (values in those units)
 */
public record AlphaResult(double alpha, int units, int values, DistanceMetric metric) {
    public boolean defined() {
        return !Double.isNaN(alpha);
    }
}
