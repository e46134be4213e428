package org.trajectorystudio.model.export.dedup;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.trajectorystudio.model.sample.SampleIds;

/**
 * Remembers what was exported: a sample whose content id, or whose rendered record, was seen before is an exact
 * duplicate. The content id catches it before rendering and counting; the rendering catches samples that differ only in
 * what the format does not show (metadata, ids).
 */
public final class ExactDuplicates {
    private final Set<String> contentIds = new HashSet<>();
    private final Set<ByteBuffer> renderings = new HashSet<>();

    /** True the first time this content id is offered. */
    public boolean firstContent(String contentId) {
        return contentIds.add(contentId);
    }

    /** True the first time these rendered bytes are offered (kept as a 128-bit SHA-256 prefix). */
    public boolean firstRendering(byte[] rendered) {
        byte[] digest = SampleIds.sha256(rendered);
        return renderings.add(ByteBuffer.wrap(digest, 0, 16).slice());
    }
}
