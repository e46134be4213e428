package org.trajectorystudio.model.export.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackerTest {

    @Test
    void firstFitDecreasingOnAKnownExample() {
        // Sorted: 8(0) 7(3) 5(1) 4(4) 3(2) 2(5) 1(6) into 10: [8,2] [7,3] [5,4,1]
        Packing packing = Packer.firstFitDecreasing(new int[] {8, 5, 3, 7, 4, 2, 1}, 10);
        assertThat(packing.bins()).hasSize(3);
        assertThat(packing.bins().get(0)).containsExactly(0, 5);
        assertThat(packing.bins().get(1)).containsExactly(3, 2);
        assertThat(packing.bins().get(2)).containsExactly(1, 4, 6);
        assertThat(packing.usedTokens()).isEqualTo(30);
        assertThat(packing.efficiency()).isEqualTo(1.0);
    }

    @Test
    void efficiencyIsUsedOverAvailable() {
        Packing packing = Packer.firstFitDecreasing(new int[] {6, 6, 6}, 10);
        assertThat(packing.bins()).hasSize(3);
        assertThat(packing.efficiency()).isEqualTo(18 / 30.0);
    }

    @Test
    void equalSizesKeepInputOrder() {
        Packing packing = Packer.firstFitDecreasing(new int[] {3, 3, 3, 3}, 6);
        assertThat(packing.bins().get(0)).containsExactly(0, 1);
        assertThat(packing.bins().get(1)).containsExactly(2, 3);
    }

    @Test
    void anOversizedItemGetsASequenceOfItsOwn() {
        Packing packing = Packer.firstFitDecreasing(new int[] {15, 2}, 10);
        assertThat(packing.bins()).hasSize(2);
        assertThat(packing.bins().get(0)).containsExactly(0);
        assertThat(packing.bins().get(1)).containsExactly(1);
        assertThat(packing.efficiency()).isEqualTo(17 / 20.0);
    }

    @Test
    void randomPackingsAreValidNearOptimalAndDeterministic() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int capacity = 50 + random.nextInt(500);
            int[] sizes = new int[1 + random.nextInt(300)];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = 1 + random.nextInt(capacity);
            }
            Packing packing = Packer.firstFitDecreasing(sizes, capacity);
            int[] seen = new int[sizes.length];
            long sum = 0;
            for (int[] bin : packing.bins()) {
                int used = Arrays.stream(bin).map(i -> sizes[i]).sum();
                assertThat(used).isLessThanOrEqualTo(capacity);
                for (int item : bin) {
                    seen[item]++;
                }
            }
            for (int size : sizes) {
                sum += size;
            }
            assertThat(seen).containsOnly(1);
            // First fit: an item in a later sequence did not fit into any earlier one, so any two sequences together
            // hold more than one sequence's worth.
            int[] used = packing.bins().stream().mapToInt(bin -> Arrays.stream(bin).map(i -> sizes[i]).sum()).toArray();
            for (int i = 0; i < used.length; i++) {
                for (int j = i + 1; j < used.length; j++) {
                    assertThat(used[i] + used[j]).as("sequences %d and %d", i, j).isGreaterThan(capacity);
                }
            }
            assertThat(packing.efficiency()).isEqualTo((double) sum / ((long) capacity * packing.bins().size()));
            List<int[]> again = Packer.firstFitDecreasing(sizes, capacity).bins();
            for (int i = 0; i < again.size(); i++) {
                assertThat(again.get(i)).isEqualTo(packing.bins().get(i));
            }
        }
    }

    @Test
    void emptyInputPacksIntoNothing() {
        Packing packing = Packer.firstFitDecreasing(new int[0], 10);
        assertThat(packing.bins()).isEmpty();
        assertThat(packing.efficiency()).isEqualTo(1.0);
    }
}
