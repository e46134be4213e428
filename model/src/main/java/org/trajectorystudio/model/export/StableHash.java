package org.trajectorystudio.model.export;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * 64-bit hashes that are the same on every JVM and run (unlike {@code hashCode} of most objects), for seeded shuffles,
 * MinHash and split assignment: FNV-1a over UTF-8 then the SplitMix64 finalizer.
 */
public final class StableHash {
    private StableHash() {}

    public static long of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** Combines a seed with further values into one well-mixed 64-bit value. */
    public static long of(long seed, long... values) {
        long hash = mix(seed);
        for (long value : values) {
            hash = mix(hash ^ mix(value + 0x9e3779b97f4a7c15L));
        }
        return hash;
    }

    /** SplitMix64's finalizer: every input bit affects every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) from a hash. */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
