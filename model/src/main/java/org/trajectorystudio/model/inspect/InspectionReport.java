package org.trajectorystudio.model.inspect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a file holds, read without importing it.
 *
 * @param answers steps whose action is an answer (a trajectory may answer more than once, e.g. in a dialogue)
 * @param finalAnswers samples whose last step is an answer (the trajectory ends in one)
 * @param tools tool calls by tool name, most used first (order kept)
 * @param kinds samples by kind wire name
 */
public record InspectionReport(
        String format,
        long samples,
        long steps,
        long toolCalls,
        long answers,
        long finalAnswers,
        long candidates,
        Map<String, Long> tools,
        Map<String, Long> kinds,
        List<LineIssue> rejected,
        List<LineIssue> warnings) {

    public InspectionReport {
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** A line that was rejected or read with repairs. */
    public record LineIssue(long line, String reason) {}
}
