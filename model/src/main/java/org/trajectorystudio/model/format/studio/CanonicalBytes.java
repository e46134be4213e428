package org.trajectorystudio.model.format.studio;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.SourceHints;
import tools.jackson.core.JsonGenerator;

/**
 * One serialisation of a sample gives both its canonical bytes and the SHA-256 its content id is cut from. The id is
 * the hash of the sample's bytes without its rendering-only step hints ({@link SourceHints#RENDERING_ONLY}); the
 * writer marks those bytes and the hash skips them, instead of serialising the sample a second time without them
 * (that second pass was an eighth of the import's CPU on chat-format files, whose steps carry {@code sourceText}).
 * Instances reuse their buffer and digest: one per thread.
 */
public final class CanonicalBytes {
    private final Buffer buffer = new Buffer();
    private final MessageDigest sha256;
    private int[] cuts = new int[32];
    private int cutCount;
    /** Where the writer marks the hint bytes: pairs of (from, to) offsets into the buffer, in order. */
    private final CanonicalWriter.Excisions excisions = new CanonicalWriter.Excisions() {
        @Override
        public int position() {
            return buffer.size();
        }

        @Override
        public void excise(int from, int to) {
            if (cutCount + 2 > cuts.length) {
                cuts = Arrays.copyOf(cuts, cuts.length * 2);
            }
            cuts[cutCount++] = from;
            cuts[cutCount++] = to;
        }
    };

    public CanonicalBytes() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Writes {@code sample} (as it is, id included); read the result with {@link #bytes}, {@link #length}, {@link #idHash}. */
    public void write(Sample sample) {
        buffer.reset();
        cutCount = 0;
        try (JsonGenerator generator = Json.MAPPER.createGenerator(buffer)) {
            CanonicalWriter.write(generator, sample, excisions);
        }
    }

    /** The canonical bytes of the last {@link #write}; valid up to {@link #length}, until the next write. */
    public byte[] bytes() {
        return buffer.array();
    }

    public int length() {
        return buffer.size();
    }

    /** SHA-256 of the last sample's bytes without its rendering-only hints: what {@code SampleIds.contentId} cuts. */
    public byte[] idHash() {
        sha256.reset();
        int at = 0;
        for (int i = 0; i < cutCount; i += 2) {
            sha256.update(buffer.array(), at, cuts[i] - at);
            at = cuts[i + 1];
        }
        sha256.update(buffer.array(), at, buffer.size() - at);
        return sha256.digest();
    }

    /** A byte buffer whose array is read in place. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(64 * 1024);
        }

        byte[] array() {
            return buf;
        }
    }
}
