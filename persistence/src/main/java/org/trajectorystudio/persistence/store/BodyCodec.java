package org.trajectorystudio.persistence.store;

import java.util.ArrayList;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.studio.CanonicalBytes;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored sample bodies: canonical JSON with the id left empty (the id is the row key), LZ4-compressed behind a
 * one-byte format tag and the decompressed length. LZ4 rather than Deflater: the import is CPU-bound on two cores and
 * LZ4 compresses about ten times faster, while trajectory text still shrinks to about half. lz4-java rather than the
 * studio's own block compressor: its native compressor took the import's largest share of CPU down.
 * Instances are not thread-safe (they reuse buffers); use one per thread. Decoding is static and thread-safe.
 */
public final class BodyCodec {
    private static final byte LZ4 = 1;

    // lz4-java's native compressor where its JNI library loads (Linux, macOS, Windows on x86-64 and arm64), its
    // pure-Java one elsewhere; both write the standard LZ4 block format, so every library stays readable.
    private static final LZ4Factory LZ4_FACTORY = LZ4Factory.fastestInstance();
    private final LZ4Compressor lz4 = LZ4_FACTORY.fastCompressor();
    private byte[] scratch = new byte[64 * 1024];
    /** Reused for each sample's canonical bytes: a fresh growing array per sample was the import's largest garbage. */
    private final CanonicalBytes canonical = new CanonicalBytes();

    /** A sample's content-id hash and its stored body, from one serialisation. */
    public record Encoded(byte[] idHash, byte[] stored) {}

    /**
     * Serialises the sample without its id once, then hashes (its content id, rendering hints skipped) and compresses
     * those bytes (import workers).
     */
    public Encoded encodeWithHash(Sample sample) {
        canonical.write(sample.withId(""));
        return new Encoded(canonical.idHash(), compress(canonical.bytes(), canonical.length()));
    }

    /** Canonical bytes of the sample without its id: what its content-hash id is computed from. */
    public static byte[] canonicalWithoutId(Sample sample) {
        return StudioCodec.writeBytes(sample.withId(""));
    }

    public byte[] compress(byte[] canonical) {
        return compress(canonical, canonical.length);
    }

    private byte[] compress(byte[] canonical, int canonicalLength) {
        int needed = lz4.maxCompressedLength(canonicalLength);
        if (scratch.length < needed) {
            scratch = new byte[needed];
        }
        int length = lz4.compress(canonical, 0, canonicalLength, scratch, 0, needed);
        byte[] stored = new byte[5 + length];
        stored[0] = LZ4;
        stored[1] = (byte) (canonicalLength >>> 24);
        stored[2] = (byte) (canonicalLength >>> 16);
        stored[3] = (byte) (canonicalLength >>> 8);
        stored[4] = (byte) canonicalLength;
        System.arraycopy(scratch, 0, stored, 5, length);
        return stored;
    }

    public static byte[] decompress(byte[] stored) {
        if (stored.length < 5 || stored[0] != LZ4) {
            throw new LibraryException("a stored sample body is damaged (unknown encoding)");
        }
        int length = (stored[1] & 0xFF) << 24 | (stored[2] & 0xFF) << 16 | (stored[3] & 0xFF) << 8 | (stored[4] & 0xFF);
        try {
            byte[] restored = new byte[length];
            int read = LZ4_FACTORY.safeDecompressor().decompress(stored, 5, stored.length - 5, restored, 0, length);
            if (read != length) {
                throw new LibraryException("a stored sample body is damaged: " + read + " of " + length + " bytes");
            }
            return restored;
        } catch (net.jpountz.lz4.LZ4Exception | ArrayIndexOutOfBoundsException e) {
            throw new LibraryException("a stored sample body is damaged: " + e.getMessage(), e);
        }
    }

    /** Reads a stored body back into a sample carrying {@code id}. */
    public static Sample decode(String id, byte[] stored) {
        JsonNode node = Json.MAPPER.readTree(decompress(stored));
        try {
            return StudioCodec.fromJson((ObjectNode) node, new ArrayList<>()).withId(id);
        } catch (RecordRejectedException e) {
            throw new LibraryException("stored sample " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    public byte[] encode(Sample sample) {
        return compress(canonicalWithoutId(sample));
    }
}
