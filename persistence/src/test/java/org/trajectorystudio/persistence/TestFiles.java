package org.trajectorystudio.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.persistence.bench.SyntheticTrajectories;

/** Studio-format JSONL files and samples for tests. */
public final class TestFiles {
    private TestFiles() {}

    public static Path write(Path file, List<Sample> samples) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Sample sample : samples) {
            lines.add(StudioCodec.write(sample));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static Path writeLines(Path file, List<String> lines) throws IOException {
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** {@code count} distinct synthetic search trajectories (content ids, no source ids). */
    public static List<Sample> synthetic(int count, long seed) {
        SyntheticTrajectories generator = new SyntheticTrajectories(seed);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(generator.sample(i));
        }
        return samples;
    }

    public static Sample searchTrajectory(String question, String thought, String tool, String answer, Judgment judgment) {
        var arguments = Json.object();
        arguments.putArray("query").add(question);
        return new Sample("", SampleKind.TRAJECTORY, question, null, null, List.of(), List.of(), List.of(
                Step.of(thought, new ToolCalls(List.of(ToolCall.parsed(null, tool, arguments))), "results for " + question),
                Step.of("so the answer is clear", new FinalAnswer(answer), null)), judgment, Map.of());
    }

    public static Sample planning(String question, String plan) {
        return new Sample("", SampleKind.FAS_PLANNING, question, null, null, List.of(), List.of(),
                List.of(Step.of(null, new Plan(plan), null)), Judgment.UNKNOWN, Map.of());
    }

    /** A HAS decision sample: one step with three candidates, the second chosen. */
    public static Sample decision(String question) {
        var arguments = Json.object().put("q", question);
        Candidate a = new Candidate("try search", new ToolCalls(List.of(ToolCall.parsed(null, "search", arguments))));
        Candidate b = new Candidate("visit the page", new ToolCalls(List.of(ToolCall.parsed(null, "visit", arguments))));
        Candidate c = new Candidate("answer now", new FinalAnswer("guess"));
        return new Sample("", SampleKind.HAS_DECISION, question, null, null, List.of(), List.of(), List.of(
                Step.decision(List.of(a, b, c), 1, "page text"),
                Step.of("done", new FinalAnswer("final"), null)), Judgment.CORRECT, Map.of());
    }
}
