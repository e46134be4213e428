package org.trajectorystudio.spark;

import java.util.ArrayList;
import org.trajectorystudio.model.format.RecordRejectedException;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

/** Samples travel between executors as canonical studio bytes, the form the library stores them in. */
final class Samples {
    private Samples() {}

    static Sample decode(byte[] canonical) {
        try {
            return StudioCodec.fromJson((ObjectNode) Json.MAPPER.readTree(canonical), new ArrayList<>());
        } catch (RecordRejectedException e) {
            throw new IllegalStateException("a canonical sample did not read back: " + e.getMessage(), e);
        }
    }
}
