package org.trajectorystudio.spark;

/**
 * A record's place in the studio's own order: the source file's position in the sorted input list, then the line.
 * A library made by importing the same files in the same order holds its samples in this order (import order), so
 * every "first" the studio's export decides (first duplicate kept, first question number, per-question limit) is the
 * record with the lowest key here, whatever Spark's partitioning.
 */
final class OrderKey {
    private static final int LINE_BITS = 40;

    private OrderKey() {}

    static long of(int file, long line) {
        if (line < 0 || line >= 1L << LINE_BITS) {
            throw new IllegalArgumentException("line " + line + " is beyond what an order key holds");
        }
        return ((long) file << LINE_BITS) | line;
    }

    static int file(long key) {
        return (int) (key >>> LINE_BITS);
    }

    static long line(long key) {
        return key & ((1L << LINE_BITS) - 1);
    }
}
