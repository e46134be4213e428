package org.trajectorystudio.persistence.store;

import java.util.TreeSet;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;

/**
 * The facts of one sample as the sample table stores them: summary columns for filtering and sorting plus the
 * compressed body. Built on import workers, so it does the heavy work (serialise, hash, compress) once.
 */
public record SampleRow(
        String id,
        String kind,
        String question,
        String judgment,
        int steps,
        int toolCalls,
        int candidates,
        int tokens,
        String toolsUsed,
        long sourceLine,
        byte[] body) {

    /**
     * Longer source ids are replaced by the content id on import (they are command arguments and table cells): the
     * readers' own limit, so that the import's safety net and the readers apply one rule.
     */
    public static final int MAX_ID_LENGTH = org.trajectorystudio.model.format.LocatedFormat.MAX_ID_LENGTH;

    public static SampleRow of(Sample sample, long sourceLine, BodyCodec codec) {
        BodyCodec.Encoded encoded = codec.encodeWithHash(sample);
        String id = !sample.id().isEmpty() ? sample.id() : SampleIds.idOf(encoded.idHash());
        return new SampleRow(
                id,
                sample.kind().wireName(),
                sample.question(),
                sample.judgment().wireName(),
                sample.steps().size(),
                sample.toolCallCount(),
                sample.candidateCount(),
                org.trajectorystudio.model.tokens.SampleTokens.approximateTotal(sample),
                toolsUsed(sample),
                sourceLine,
                encoded.stored());
    }

    /** The names in a ",a,b," tools list. */
    public static java.util.List<String> toolNames(String toolsUsed) {
        if (toolsUsed == null || toolsUsed.length() < 3) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(toolsUsed.substring(1, toolsUsed.length() - 1).split(","))
                .filter(name -> !name.isEmpty()).toList();
    }

    /** The distinct tools actually called, as ",a,b," (sorted), so that one LIKE finds a tool by whole name. */
    public static String toolsUsed(Sample sample) {
        TreeSet<String> names = new TreeSet<>();
        for (Step step : sample.steps()) {
            for (ToolCall call : step.toolCalls()) {
                names.add(call.name().replace(",", " "));
            }
        }
        return names.isEmpty() ? "" : "," + String.join(",", names) + ",";
    }
}
