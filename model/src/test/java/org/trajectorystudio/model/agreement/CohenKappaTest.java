package org.trajectorystudio.model.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohenKappaTest {
    /** Fills two coders' maps with {@code count} items coded (a, b). */
    private static int add(Map<Integer, String> first, Map<Integer, String> second, int from, int count, String a, String b) {
        for (int i = from; i < from + count; i++) {
            first.put(i, a);
            second.put(i, b);
        }
        return from + count;
    }

    @Test
    void theTextbookYesNoExampleIsZeroPointFour() {
        // 50 items: both yes 20, A yes / B no 5, A no / B yes 10, both no 15.
        // p_o = 35/50 = 0.7; A says yes 25/50, B 30/50; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5) / 0.5 = 0.4.
        Map<Integer, String> a = new HashMap<>();
        Map<Integer, String> b = new HashMap<>();
        int next = add(a, b, 0, 20, "yes", "yes");
        next = add(a, b, next, 5, "yes", "no");
        next = add(a, b, next, 10, "no", "yes");
        add(a, b, next, 15, "no", "no");
        KappaResult result = CohenKappa.of("a", a, "b", b);
        assertThat(result.kappa()).isCloseTo(0.4, within(1e-12));
        assertThat(result.items()).isEqualTo(50);
        assertThat(result.observed()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void onlyItemsBothCodedCountAndConstantCodingIsUndefined() {
        Map<String, String> a = Map.of("x", "accepted", "y", "accepted", "z", "rejected");
        Map<String, String> b = Map.of("x", "accepted", "y", "accepted");
        KappaResult result = CohenKappa.of("a", a, "b", b);
        assertThat(result.items()).isEqualTo(2);
        assertThat(result.observed()).isEqualTo(1.0);
        assertThat(result.defined()).isFalse();
    }

    @Test
    void moreThanTwoCodersArePairedAndAveraged() {
        Map<String, Map<String, String>> coders = Map.of(
                "ann", Map.of("s1", "accepted", "s2", "rejected", "s3", "accepted", "s4", "rejected"),
                "bob", Map.of("s1", "accepted", "s2", "rejected", "s3", "rejected", "s4", "rejected"),
                "cid", Map.of("s9", "accepted"));
        List<KappaResult> pairs = CohenKappa.pairwise(coders);
        // ann–bob: p_o = 3/4; ann 2 acc / 2 rej, bob 1 acc / 3 rej; p_e = 0.5·0.25 + 0.5·0.75 = 0.5; κ = 0.25/0.5 = 0.5.
        // cid shares no item with anyone, so no pair with cid.
        assertThat(pairs).hasSize(1);
        assertThat(pairs.getFirst().first()).isEqualTo("ann");
        assertThat(pairs.getFirst().kappa()).isCloseTo(0.5, within(1e-12));
        assertThat(CohenKappa.mean(pairs)).isCloseTo(0.5, within(1e-12));
    }
}
