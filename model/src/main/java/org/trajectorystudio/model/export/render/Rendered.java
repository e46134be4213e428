package org.trajectorystudio.model.export.render;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One sample rendered for export.
 *
 * @param body the output record's fields, without the id and truncation marks the pipeline adds
 * @param text the exact text the model trains on: what the token budget is counted on
 * @param steps how many of the sample's steps it holds
 * @param complete false when steps were cut off at a step boundary
 */
public record Rendered(ObjectNode body, String text, int steps, boolean complete) {
    public Rendered {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(text, "text");
    }
}
