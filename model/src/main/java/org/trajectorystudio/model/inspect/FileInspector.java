package org.trajectorystudio.model.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.ReadOptions;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;

/** Reads a whole file once, streaming, and counts what it holds. A step is one assistant action turn. */
public final class FileInspector {

    private FileInspector() {}

    /** @param format null to detect it */
    public static InspectionReport inspect(Path file, SampleFormat format) throws IOException, FormatNotDetectedException {
        return inspectWith(file, ReadOptions.of(format));
    }

    public static InspectionReport inspectWith(Path file, ReadOptions options) throws IOException, FormatNotDetectedException {
        try (SampleReader reader = SampleReader.openWith(file, options)) {
            Tally tally = new Tally();
            tally.detection(reader.detection());
            reader.forEachRemaining(tally::add);
            return tally.report(reader.format().name());
        }
    }

    /** Running counts; one per file. */
    static final class Tally {
        private long samples;
        private long steps;
        private long toolCalls;
        private long answers;
        private long finalAnswers;
        private long candidates;
        private final Map<String, Long> tools = new HashMap<>();
        private final Map<String, Long> kinds = new TreeMap<>();
        private final List<InspectionReport.LineIssue> rejected = new ArrayList<>();
        private final List<InspectionReport.LineIssue> warnings = new ArrayList<>();

        /** A detection that was a close call (a tie) is said once, as a warning on line 0. */
        void detection(org.trajectorystudio.model.format.Detection detection) {
            if (detection != null) {
                detection.note().ifPresent(note -> warnings.add(new InspectionReport.LineIssue(0, note)));
            }
        }

        void add(ReadOutcome outcome) {
            switch (outcome) {
                case ReadOutcome.Read read -> {
                    count(read.sample());
                    read.warnings().forEach(reason -> warnings.add(new InspectionReport.LineIssue(read.line(), reason)));
                }
                case ReadOutcome.Rejected bad -> rejected.add(new InspectionReport.LineIssue(bad.line(), bad.reason()));
            }
        }

        private void count(Sample sample) {
            samples++;
            kinds.merge(sample.kind().wireName(), 1L, Long::sum);
            if (sample.finalAnswer().isPresent()) {
                finalAnswers++;
            }
            for (Step step : sample.steps()) {
                steps++;
                candidates += step.candidates().size();
                if (step.effectiveAction() instanceof FinalAnswer) {
                    answers++;
                }
                for (ToolCall call : step.toolCalls()) {
                    toolCalls++;
                    tools.merge(call.name(), 1L, Long::sum);
                }
            }
        }

        InspectionReport report(String format) {
            Map<String, Long> byUse = new java.util.LinkedHashMap<>();
            tools.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(entry -> byUse.put(entry.getKey(), entry.getValue()));
            return new InspectionReport(format, samples, steps, toolCalls, answers, finalAnswers, candidates, byUse, kinds, rejected, warnings);
        }
    }
}
