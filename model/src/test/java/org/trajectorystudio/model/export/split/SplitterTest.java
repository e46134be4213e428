package org.trajectorystudio.model.export.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitterTest {

    @Test
    void noClusterEverLandsOnBothSides() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            int records = 1 + random.nextInt(400);
            int clusterCount = 1 + random.nextInt(records);
            int[] clusterOf = new int[records];
            for (int i = 0; i < records; i++) {
                clusterOf[i] = random.nextInt(clusterCount);
            }
            double fraction = random.nextDouble() * 0.5;
            boolean[] validation = Splitter.validation(clusterOf, cluster -> "q" + cluster, fraction, round);
            Map<Integer, Boolean> side = new HashMap<>();
            int inValidation = 0;
            for (int i = 0; i < records; i++) {
                Boolean before = side.putIfAbsent(clusterOf[i], validation[i]);
                assertThat(before == null || before == validation[i]).as("round %d, cluster %d", round, clusterOf[i]).isTrue();
                inValidation += validation[i] ? 1 : 0;
            }
            assertThat(inValidation).as("round %d keeps something to train on", round).isLessThan(records);
        }
    }

    @Test
    void reachesTheFractionWithManySmallClustersAndIsDeterministic() {
        int[] clusterOf = new int[1000];
        for (int i = 0; i < clusterOf.length; i++) {
            clusterOf[i] = i / 2; // 500 clusters of two
        }
        boolean[] validation = Splitter.validation(clusterOf, cluster -> "question " + cluster, 0.1, 11);
        int count = 0;
        for (boolean v : validation) {
            count += v ? 1 : 0;
        }
        assertThat(count).isEqualTo(100);
        assertThat(Splitter.validation(clusterOf, cluster -> "question " + cluster, 0.1, 11)).isEqualTo(validation);
        assertThat(Splitter.validation(clusterOf, cluster -> "question " + cluster, 0.1, 12)).isNotEqualTo(validation);
    }

    @Test
    void assignmentFollowsTheQuestionNotItsPositionOrNumber() {
        int[] forward = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        boolean[] a = Splitter.validation(forward, cluster -> "q" + cluster, 0.3, 5);
        int[] renumbered = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}; // same questions, numbered the other way round
        boolean[] b = Splitter.validation(renumbered, cluster -> "q" + (9 - cluster), 0.3, 5);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void zeroFractionOrASingleClusterMeansNoValidation() {
        assertThat(Splitter.validation(new int[] {0, 1, 2}, c -> "q" + c, 0, 1)).containsOnly(false);
        assertThat(Splitter.validation(new int[] {4, 4, 4}, c -> "q" + c, 0.5, 1)).containsOnly(false);
    }
}
