package org.trajectorystudio.model.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Unmodifiable, order-keeping copies of metadata maps (source order matters for a lossless round trip). */
public final class Metadata {
    private Metadata() {}

    public static Map<String, JsonNode> copyOf(Map<String, JsonNode> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
