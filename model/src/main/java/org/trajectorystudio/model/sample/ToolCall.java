package org.trajectorystudio.model.sample;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One call of a tool. Arguments that were not valid JSON are kept verbatim in {@code rawArguments} (and
 * {@code arguments} is null): such a call is flagged, never dropped.
 *
 * @param id the call id, or null when the source had none
 * @param arguments parsed JSON arguments (usually an object); null only when {@code rawArguments} is set.
 *     Treat as immutable.
 */
public record ToolCall(String id, String name, JsonNode arguments, String rawArguments) {

    public ToolCall {
        Objects.requireNonNull(name, "name");
        if ((arguments == null) == (rawArguments == null)) {
            throw new IllegalArgumentException("a tool call has either parsed arguments or raw arguments, not both or neither");
        }
    }

    public static ToolCall parsed(String id, String name, JsonNode arguments) {
        return new ToolCall(id, name, arguments, null);
    }

    public static ToolCall unparsed(String id, String name, String rawArguments) {
        return new ToolCall(id, name, null, rawArguments);
    }

    /** True when the arguments could not be read as JSON. */
    public boolean hasInvalidArguments() {
        return rawArguments != null;
    }
}
