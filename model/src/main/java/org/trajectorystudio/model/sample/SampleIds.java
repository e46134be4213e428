package org.trajectorystudio.model.sample;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.trajectorystudio.model.format.studio.CanonicalBytes;

/** Stable content-hash ids: the same content always gets the same id, whatever file or format it came from. */
public final class SampleIds {
    /** 96 bits of SHA-256: collisions stay negligible far beyond a billion samples. */
    private static final int ID_BYTES = 12;

    private static final ThreadLocal<CanonicalBytes> CANONICAL = ThreadLocal.withInitial(CanonicalBytes::new);

    private SampleIds() {}

    /**
     * The id of a sample's content, ignoring whatever id it carries now and the hints that only say how the source
     * rendered it ({@link SourceHints#RENDERING_ONLY}): the same conversation read with or without them is the same
     * sample, so a re-import into a library made before the hints existed finds its duplicates.
     */
    public static String contentId(Sample sample) {
        CanonicalBytes bytes = CANONICAL.get();
        bytes.write(sample.withId(""));
        return idOf(bytes.idHash());
    }

    /** The id a {@link CanonicalBytes#idHash} stands for. */
    public static String idOf(byte[] idHash) {
        return HexFormat.of().formatHex(idHash, 0, ID_BYTES);
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
