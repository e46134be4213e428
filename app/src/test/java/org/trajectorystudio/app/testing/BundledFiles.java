package org.trajectorystudio.app.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import tools.jackson.databind.node.ObjectNode;

/** The bundled sample files in {@code assets/samples}, and edited copies of their samples for comparisons. */
public final class BundledFiles {
    private BundledFiles() {}

    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("assets").resolve("samples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("assets/samples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /** A bundled sample by id, read with the studio's own codec. */
    public static Sample sample(String fileName, String id) throws Exception {
        for (String line : Files.readAllLines(file(fileName))) {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(line);
            if (id.equals(node.path("id").asString(""))) {
                return StudioCodec.fromJson(node, new ArrayList<>());
            }
        }
        throw new IllegalStateException(id + " is not in " + fileName);
    }

    /**
     * has-001 done another way: an extra visit inserted after the first search (a gap on the left) and a different
     * final answer (a word-level difference), the rest unchanged.
     */
    public static Sample has001Variant(Sample has001, String newId) {
        List<Step> steps = new ArrayList<>(has001.steps());
        Step visit = Step.of("Check the Nobel biography page before searching for her birthplace.",
                new ToolCalls(List.of(ToolCall.parsed("c1", "visit", Json.MAPPER.readTree(
                        "{\"url\":[\"https://www.nobelprize.org/prizes/chemistry/2020/doudna/facts/\"],\"goal\":\"Doudna's birthplace\"}")))),
                "Jennifer A. Doudna, born 1964 in Washington, D.C., USA.");
        steps.add(1, visit);
        Step last = steps.getLast();
        Candidate chosen = last.candidates().get(last.chosen());
        steps.set(steps.size() - 1, Step.of(chosen.thought(), new FinalAnswer("Washington, D.C., United States"), null));
        return has001.withSteps(steps).withId(newId);
    }

    /** Writes samples as a studio JSONL file. */
    public static Path write(Path file, List<Sample> samples) throws Exception {
        Files.write(file, samples.stream().map(StudioCodec::write).toList());
        return file;
    }
}
