package org.trajectorystudio.model.export.manifest;

import java.util.ArrayList;
import java.util.List;

/** Counts of records by token length, in power-of-two buckets from 256 up to 128K, plus one for longer ones. */
public final class TokenHistogram {
    private static final int[] UPPER = {256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072};

    private final long[] counts = new long[UPPER.length + 1];
    private long total;
    private long records;
    private int min = Integer.MAX_VALUE;
    private int max;

    public void add(int tokens) {
        int bucket = 0;
        while (bucket < UPPER.length && tokens > UPPER[bucket]) {
            bucket++;
        }
        counts[bucket]++;
        total += tokens;
        records++;
        min = Math.min(min, tokens);
        max = Math.max(max, tokens);
    }

    public Manifest.Tokens summary() {
        List<Manifest.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Manifest.Bucket(i < UPPER.length ? UPPER[i] : null, counts[i]));
        }
        return new Manifest.Tokens(total, records == 0 ? 0 : min, max, records == 0 ? 0 : Math.round((double) total / records), buckets);
    }
}
