package org.trajectorystudio.model.agreement;

/**
 * Cohen's kappa of two coders over the items both coded.
 *
 * @param kappa (p_o − p_e) / (1 − p_e); NaN when undefined (no common items, or both always gave the same one
 *     category so that chance agreement is 1)
 * @param items items both coders coded
 * @param observed p_o, the share of those items they agree on (NaN without items)
 */
public record KappaResult(String first, String second, double kappa, int items, double observed) {
    public boolean defined() {
        return !Double.isNaN(kappa);
    }
}
