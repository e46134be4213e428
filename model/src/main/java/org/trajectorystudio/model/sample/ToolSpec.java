package org.trajectorystudio.model.sample;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A tool the agent may call, as offered to it.
 *
 * @param description may be null
 * @param parameters the JSON schema of the arguments, may be null. Treat as immutable.
 */
public record ToolSpec(String name, String description, JsonNode parameters) {
    public ToolSpec {
        Objects.requireNonNull(name, "name");
    }
}
