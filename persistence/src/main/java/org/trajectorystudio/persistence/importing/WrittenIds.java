package org.trajectorystudio.persistence.importing;

/**
 * The ids one import has written, as 64-bit hashes in an open-addressing table kept at most half full (16–32 bytes
 * a sample: a million-sample import holds a 16 MB table, not the ids themselves). {@link #mightContain} is exact for
 * "no": an id it has not seen is new to an import into a library that was empty when it began, and needs no lookup in
 * the database; a "maybe" (seen, or a hash collision) is settled there.
 */
final class WrittenIds {
    private long[] table = new long[1 << 12];
    private int size;

    void add(String id) {
        if (2 * (size + 1) > table.length) {
            grow();
        }
        if (insert(table, hash(id))) {
            size++;
        }
    }

    boolean mightContain(String id) {
        long hash = hash(id);
        int mask = table.length - 1;
        for (int slot = (int) hash & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            if (table[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        long[] larger = new long[table.length * 2];
        for (long hash : table) {
            if (hash != 0) {
                insert(larger, hash);
            }
        }
        table = larger;
    }

    /** Returns false when the hash was there already. */
    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) hash & mask;
        for (; table[slot] != 0; slot = (slot + 1) & mask) {
            if (table[slot] == hash) {
                return false;
            }
        }
        table[slot] = hash;
        return true;
    }

    /** FNV-1a over the characters, mixed so the low bits (the slot) depend on every character; never 0 (empty). */
    static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 31;
        hash *= 0x9e3779b97f4a7c15L;
        hash ^= hash >>> 29;
        return hash == 0 ? 1 : hash;
    }
}
