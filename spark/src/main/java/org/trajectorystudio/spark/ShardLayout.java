package org.trajectorystudio.spark;

import org.apache.spark.Partitioner;

/**
 * Which shard each exported record goes to: training records first, then validation, each split cut into shards of a
 * fixed number of records in the split's order (order keys). A slot packs the split and the record's index in it into
 * one long; shard boundaries depend on the data and the profile only, never on Spark's partitioning.
 */
final class ShardLayout extends Partitioner {
    private static final int SPLIT_SHIFT = 62;

    private final long perShard;
    private final int trainShards;
    private final int validationShards;

    ShardLayout(long perShard, long trainRecords, long validationRecords, boolean validationFile) {
        this.perShard = perShard;
        this.trainShards = (int) Math.max(1, ceil(trainRecords, perShard));
        this.validationShards = validationFile ? (int) Math.max(1, ceil(validationRecords, perShard)) : 0;
    }

    private static long ceil(long records, long perShard) {
        return (records + perShard - 1) / perShard;
    }

    static long slot(boolean validation, long index) {
        return (validation ? 1L << SPLIT_SHIFT : 0) | index;
    }

    @Override
    public int numPartitions() {
        return trainShards + validationShards;
    }

    @Override
    public int getPartition(Object key) {
        long slot = (Long) key;
        long index = slot & ((1L << SPLIT_SHIFT) - 1);
        int shard = (int) Math.min(index / perShard, Integer.MAX_VALUE);
        return slot >>> SPLIT_SHIFT == 0 ? Math.min(shard, trainShards - 1) : trainShards + Math.min(shard, validationShards - 1);
    }

    boolean validation(int partition) {
        return partition >= trainShards;
    }

    /** {@code train-00000-of-00004.jsonl}, as the HuggingFace Hub names shards. */
    String fileName(int partition, String extension) {
        boolean validation = validation(partition);
        int index = validation ? partition - trainShards : partition;
        int of = validation ? validationShards : trainShards;
        return String.format(java.util.Locale.ROOT, "%s-%05d-of-%05d%s", validation ? "validation" : "train", index, of, extension);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShardLayout layout && layout.perShard == perShard && layout.trainShards == trainShards
                && layout.validationShards == validationShards;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(perShard) * 31 + trainShards * 17 + validationShards;
    }
}
