package org.trajectorystudio.model.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {
    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
     * values 1–5, missing values marked null. The paper gives α = 0.743 (nominal), 0.815 (ordinal), 0.849 (interval).
     */
    private static final Integer[][] WORKED_EXAMPLE = {
            // unit:  1     2  3  4  5  6     7  8     9  10    11    12
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null}, // observer A
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},       // observer B
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},    // observer C
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};      // observer D

    private static List<List<Integer>> units(Integer[][] byObserver) {
        List<List<Integer>> units = new ArrayList<>();
        for (int u = 0; u < byObserver[0].length; u++) {
            List<Integer> values = new ArrayList<>();
            for (Integer[] observer : byObserver) {
                if (observer[u] != null) {
                    values.add(observer[u]);
                }
            }
            units.add(values);
        }
        return units;
    }

    @Test
    void krippendorffsWorkedExampleGivesThePublishedValues() {
        List<List<Integer>> units = units(WORKED_EXAMPLE);
        assertThat(KrippendorffAlpha.of(units, DistanceMetric.NOMINAL).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.of(units, DistanceMetric.ORDINAL).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.of(units, DistanceMetric.INTERVAL).alpha()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void onlyUnitsWithTwoOrMoreValuesArePairable() {
        AlphaResult result = KrippendorffAlpha.of(units(WORKED_EXAMPLE), DistanceMetric.ORDINAL);
        // Unit 12 has one value; the other eleven hold 40 values (the paper's n = 40).
        assertThat(result.units()).isEqualTo(11);
        assertThat(result.values()).isEqualTo(40);
    }

    @Test
    void perfectAgreementIsOneAndNoVariationIsUndefined() {
        assertThat(KrippendorffAlpha.of(List.of(List.of(1, 1), List.of(5, 5, 5), List.of(3, 3)), DistanceMetric.ORDINAL).alpha())
                .isEqualTo(1.0);
        AlphaResult constant = KrippendorffAlpha.of(List.of(List.of(4, 4), List.of(4, 4)), DistanceMetric.INTERVAL);
        assertThat(constant.defined()).isFalse();
        assertThat(KrippendorffAlpha.of(List.of(List.of(4), List.of()), DistanceMetric.INTERVAL).units()).isZero();
    }

    @Test
    void twoCodersWhoAlwaysDisagreeAreBelowChance() {
        // Units (1,2) and (2,1): o_12 = o_21 = 2, n_1 = n_2 = 2, n = 4. Interval: D_o ∝ 4, α = 1 − 3·4 / (2·2·2·1) = −0.5.
        assertThat(KrippendorffAlpha.of(List.of(List.of(1, 2), List.of(2, 1)), DistanceMetric.INTERVAL).alpha())
                .isCloseTo(-0.5, within(1e-12));
    }
}
