package org.trajectorystudio.model.export.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * First-fit decreasing bin packing of token lengths into sequences of a fixed capacity. Each item goes into the
 * lowest-numbered sequence with room, found in O(log n) with a max-tree over the sequences' free space. Ties keep input
 * order, so the packing is deterministic.
 */
public final class Packer {
    private Packer() {}

    /** @param sizes token length of each item; an item larger than the capacity gets a sequence of its own */
    public static Packing firstFitDecreasing(int[] sizes, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("sequence length must be at least 1, was " + capacity);
        }
        Integer[] order = new Integer[sizes.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> sizes[i]).reversed().thenComparingInt(i -> i));

        FreeSpace free = new FreeSpace();
        List<List<Integer>> bins = new ArrayList<>();
        long used = 0;
        for (int item : order) {
            int size = sizes[item];
            used += size;
            int bin = size > capacity ? -1 : free.firstWithRoom(size);
            if (bin < 0) {
                bin = bins.size();
                bins.add(new ArrayList<>());
                free.append(Math.max(0, capacity - size));
            } else {
                free.take(bin, size);
            }
            bins.get(bin).add(item);
        }
        List<int[]> result = bins.stream().map(bin -> bin.stream().mapToInt(Integer::intValue).toArray()).toList();
        long total = (long) capacity * bins.size();
        return new Packing(capacity, result, used, total == 0 ? 1.0 : Math.min(1.0, (double) used / total));
    }

    /** A growable segment tree of the free space of each sequence, answering "leftmost with at least n free". */
    private static final class FreeSpace {
        private int leaves = 1;
        private int[] tree = new int[2];
        private int count;

        void append(int free) {
            if (count == leaves) {
                grow();
            }
            set(count++, free);
        }

        void take(int bin, int size) {
            set(bin, tree[leaves + bin] - size);
        }

        int firstWithRoom(int size) {
            if (count == 0 || tree[1] < size) {
                return -1;
            }
            int node = 1;
            while (node < leaves) {
                node = tree[2 * node] >= size ? 2 * node : 2 * node + 1;
            }
            return node - leaves;
        }

        private void set(int bin, int free) {
            int node = leaves + bin;
            tree[node] = free;
            for (node >>= 1; node >= 1; node >>= 1) {
                tree[node] = Math.max(tree[2 * node], tree[2 * node + 1]);
            }
        }

        private void grow() {
            int[] old = Arrays.copyOfRange(tree, leaves, leaves + count);
            leaves *= 2;
            tree = new int[2 * leaves];
            for (int i = 0; i < old.length; i++) {
                set(i, old[i]);
            }
        }
    }
}
