package org.trajectorystudio.persistence.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.LibraryException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored sample bodies: canonical JSON with the id left empty (the id is the row key), raw-deflated at the fastest
 * level. Trajectory text compresses about 3-4x, which keeps a 10 GB source library at a few GB on disk.
 * Instances are not thread-safe (they reuse a Deflater); use one per thread.
 */
public final class BodyCodec {
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private byte[] buffer = new byte[64 * 1024];

    /** Canonical bytes of the sample without its id: what its content-hash id is computed from. */
    public static byte[] canonicalWithoutId(Sample sample) {
        return StudioCodec.writeBytes(sample.withId(""));
    }

    public byte[] compress(byte[] canonical) {
        deflater.reset();
        deflater.setInput(canonical);
        deflater.finish();
        if (buffer.length < canonical.length / 2 + 64) {
            buffer = new byte[canonical.length / 2 + 64];
        }
        int length = 0;
        while (!deflater.finished()) {
            if (length == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        return java.util.Arrays.copyOf(buffer, length);
    }

    public static byte[] decompress(byte[] stored) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
            byte[] chunk = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new LibraryException("a stored sample body is damaged (truncated)");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new LibraryException("a stored sample body is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
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
