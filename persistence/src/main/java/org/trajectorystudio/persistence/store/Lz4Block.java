package org.trajectorystudio.persistence.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The LZ4 block format (greedy matching, 64 KB window), in plain Java. About ten times faster than Deflater's fastest
 * level on trajectory text, at roughly half the ratio: the import is CPU-bound, the disk is not. A compressor instance
 * reuses its hash table and is not thread-safe; {@link #decompress} is static and thread-safe.
 */
final class Lz4Block {
    private static final int MIN_MATCH = 4;
    private static final int LAST_LITERALS = 5;
    private static final int MF_LIMIT = 12;
    private static final int MAX_OFFSET = 65_535;
    private static final int HASH_BITS = 14;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int[] table = new int[1 << HASH_BITS];
    /**
     * Added to every position stored in the table, and moved past the previous block's positions at each call, so
     * that entries of earlier blocks read as misses without clearing the table (clearing 64 KB per body cost more
     * than compressing a small body).
     */
    private int base = Integer.MAX_VALUE;

    static int maxCompressedLength(int length) {
        return length + length / 255 + 16;
    }

    /** Compresses {@code src} into {@code dst} (at least {@link #maxCompressedLength} long); returns the length. */
    int compress(byte[] src, int srcLength, byte[] dst) {
        if (base > Integer.MAX_VALUE - srcLength - 1 - MAX_OFFSET) {
            Arrays.fill(table, 0);
            base = 1;
        }
        int base = this.base;
        this.base = base + srcLength + MAX_OFFSET + 1;
        int anchor = 0;
        int out = 0;
        int i = 0;
        int limit = srcLength - MF_LIMIT;
        int matchLimit = srcLength - LAST_LITERALS;
        int misses = 0;
        while (i < limit) {
            int sequence = readInt(src, i);
            int hash = (sequence * -1640531535) >>> (32 - HASH_BITS);
            int ref = table[hash] - base;
            table[hash] = i + base;
            if (ref < 0 || i - ref > MAX_OFFSET || readInt(src, ref) != sequence) {
                i += 1 + (misses++ >> 6); // skip faster through data that does not compress
                continue;
            }
            misses = 0;
            int length = MIN_MATCH;
            // Compare 8 bytes at a time; the first differing byte is found from the XOR's trailing zeros.
            while (i + length + 8 <= matchLimit) {
                long diff = (long) LONG.get(src, ref + length) ^ (long) LONG.get(src, i + length);
                if (diff != 0) {
                    length += Long.numberOfTrailingZeros(diff) >>> 3;
                    break;
                }
                length += 8;
            }
            if (i + length + 8 > matchLimit) {
                while (i + length < matchLimit && src[ref + length] == src[i + length]) {
                    length++;
                }
            }
            out = writeSequence(src, anchor, i - anchor, i - ref, length, dst, out);
            i += length;
            anchor = i;
        }
        int literals = srcLength - anchor;
        int token = Math.min(literals, 15) << 4;
        dst[out++] = (byte) token;
        out = writeLength(literals, dst, out);
        System.arraycopy(src, anchor, dst, out, literals);
        return out + literals;
    }

    private static int writeSequence(byte[] src, int from, int literals, int offset, int matchLength, byte[] dst, int out) {
        int extra = matchLength - MIN_MATCH;
        dst[out++] = (byte) ((Math.min(literals, 15) << 4) | Math.min(extra, 15));
        out = writeLength(literals, dst, out);
        System.arraycopy(src, from, dst, out, literals);
        out += literals;
        dst[out++] = (byte) offset;
        dst[out++] = (byte) (offset >>> 8);
        return writeLength(extra, dst, out);
    }

    /** The bytes that extend a 4-bit length field of 15. */
    private static int writeLength(int length, byte[] dst, int out) {
        if (length < 15) {
            return out;
        }
        int rest = length - 15;
        while (rest >= 255) {
            dst[out++] = (byte) 255;
            rest -= 255;
        }
        dst[out++] = (byte) rest;
        return out;
    }

    /** Decompresses a block whose decompressed length is known. */
    static byte[] decompress(byte[] src, int from, int length, int decompressedLength) {
        byte[] dst = new byte[decompressedLength];
        int in = from;
        int end = from + length;
        int out = 0;
        while (in < end) {
            int token = src[in++] & 0xFF;
            int literals = token >>> 4;
            if (literals == 15) {
                int b;
                do {
                    b = src[in++] & 0xFF;
                    literals += b;
                } while (b == 255);
            }
            System.arraycopy(src, in, dst, out, literals);
            in += literals;
            out += literals;
            if (in >= end) {
                break;
            }
            int offset = (src[in] & 0xFF) | (src[in + 1] & 0xFF) << 8;
            in += 2;
            int matchLength = token & 0x0F;
            if (matchLength == 15) {
                int b;
                do {
                    b = src[in++] & 0xFF;
                    matchLength += b;
                } while (b == 255);
            }
            matchLength += MIN_MATCH;
            int ref = out - offset;
            if (offset <= 0 || ref < 0) {
                throw new IllegalStateException("damaged LZ4 block");
            }
            if (offset >= matchLength) {
                System.arraycopy(dst, ref, dst, out, matchLength);
                out += matchLength;
            } else {
                for (int k = 0; k < matchLength; k++) {
                    dst[out++] = dst[ref + k]; // overlapping copy repeats the pattern
                }
            }
        }
        if (out != decompressedLength) {
            throw new IllegalStateException("damaged LZ4 block: " + out + " bytes instead of " + decompressedLength);
        }
        return dst;
    }

    private static int readInt(byte[] b, int i) {
        return (int) INT.get(b, i);
    }
}
