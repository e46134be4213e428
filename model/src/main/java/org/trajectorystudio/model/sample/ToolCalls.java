package org.trajectorystudio.model.sample;

import java.util.List;

/** One or more tool calls made in the same turn (parallel calls when there are several). */
public record ToolCalls(List<ToolCall> calls) implements Action {
    public static final String TYPE = "tool_calls";

    public ToolCalls {
        calls = List.copyOf(calls);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
