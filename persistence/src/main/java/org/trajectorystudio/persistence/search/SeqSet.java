package org.trajectorystudio.persistence.search;

import java.util.Arrays;

/** The row keys a text search matched: sorted, with a bit set over them for membership tests per row. */
public final class SeqSet {
    private final long[] seqs;
    private final long[] bits;

    private SeqSet(long[] seqs) {
        this.seqs = seqs;
        long max = seqs.length == 0 ? 0 : seqs[seqs.length - 1];
        this.bits = new long[(int) (max >>> 6) + 1];
        for (long seq : seqs) {
            bits[(int) (seq >>> 6)] |= 1L << seq;
        }
    }

    public int size() {
        return seqs.length;
    }

    public boolean contains(long seq) {
        int word = (int) (seq >>> 6);
        return seq >= 0 && word < bits.length && (bits[word] & 1L << seq) != 0;
    }

    /** The row keys in increasing order (a copy). */
    public Long[] boxed() {
        return Arrays.stream(seqs).boxed().toArray(Long[]::new);
    }

    static final class Builder {
        private long[] seqs = new long[1024];
        private int size;
        private boolean sorted = true;

        void add(long seq) {
            if (size == seqs.length) {
                seqs = Arrays.copyOf(seqs, size * 2);
            }
            if (size > 0 && seqs[size - 1] > seq) {
                sorted = false;
            }
            seqs[size++] = seq;
        }

        SeqSet build() {
            long[] result = Arrays.copyOf(seqs, size);
            if (!sorted) {
                Arrays.sort(result);
            }
            return new SeqSet(result);
        }
    }
}
