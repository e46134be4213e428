package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.inference.engine.FakeOpenAiServer;
import org.trajectorystudio.inference.engine.LlamaCppEmbedder;
import org.trajectorystudio.inference.engine.TinyGguf;
import org.trajectorystudio.model.format.studio.StudioCodec;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.library.Library;
import tools.jackson.databind.JsonNode;

/**
 * {@code similar} on a real library (the WebDancer set plus a sample that repeats one's question and final answer by
 * another route) with real llama.cpp embeddings of the tiny random-weight GGUF, then through a loopback
 * {@code /v1/embeddings} whose vectors are that same model's.
 */
class SimilarCommandTest {
    @TempDir
    Path dir;

    private String library;
    private String first;
    private Path gguf;

    @BeforeEach
    void setUp() throws Exception {
        library = dir.resolve("library").toString();
        Path webdancer = dir.resolve("webdancer.jsonl");
        Files.copy(SharedData.file("webdancer_sample_traj.jsonl"), webdancer);
        assertThat(studio("import", webdancer.toString()).exit()).isEqualTo(ExitCode.OK);
        first = studio("query", "--limit", "1", "--json").json().get("samples").get(0).get("id").stringValue();
        try (Library lib = Library.open(Path.of(library))) {
            Sample original = lib.samples().load(first).orElseThrow();
            // The same question and final answer, reached in one step: another sample with the same text to compare.
            Sample echo = original.withSteps(List.of(original.steps().getLast())).withId("echo");
            Files.writeString(dir.resolve("echo.jsonl"), StudioCodec.write(echo) + "\n");
        }
        assertThat(studio("import", dir.resolve("echo.jsonl").toString()).exit()).isEqualTo(ExitCode.OK);
        gguf = TinyGguf.write(dir.resolve("tiny.gguf"));
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library;
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    private static List<Double> scores(JsonNode json) {
        List<Double> scores = new ArrayList<>();
        json.get("neighbours").forEach(n -> scores.add(n.get("score").doubleValue()));
        return scores;
    }

    @Test
    void theSameTextRanksFirstTheSampleItselfIsLeftOutAndTheModelIsRemembered() {
        InspectCommandTest.Run run = studio("similar", first, "--gguf", gguf.toString(), "--limit", "5", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        JsonNode top = json.get("neighbours").get(0);
        assertThat(top.get("id").stringValue()).isEqualTo("echo");
        assertThat(top.get("score").doubleValue()).isCloseTo(1.0, within(1e-4));
        assertThat(json.get("neighbours")).hasSize(5);
        assertThat(json.get("neighbours").toString()).doesNotContain("\"" + first + "\"");
        assertThat(scores(json)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(json.get("model").stringValue()).startsWith("gguf:tiny.gguf:");

        // The model is remembered and the vectors kept: the other way round needs no model and embeds nothing.
        InspectCommandTest.Run back = studio("similar", "echo", "--limit", "3");
        assertThat(back.exit()).as(back.err()).isEqualTo(ExitCode.OK);
        assertThat(back.err()).doesNotContain("embedded");
        assertThat(back.out().lines().skip(1).findFirst().orElseThrow()).matches("1\\.0000 +" + first + " .*");
        assertThat(back.out()).contains("3 samples like echo");
        assertThat(studio("similar", "echo", "--limit", "1").out()).contains("1 sample like echo");
    }

    @Test
    void aServerWithTheSameModelGivesTheSameNeighboursAfterRebuildingTheIndex() throws Exception {
        JsonNode local = studio("similar", first, "--gguf", gguf.toString(), "--limit", "5", "--json").json();
        try (LlamaCppEmbedder model = LlamaCppEmbedder.load(gguf); FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.script(FakeOpenAiServer.embeddings(model::embed));
            InspectCommandTest.Run run = studio("similar", first, "--endpoint", server.baseUrl(), "--model", "tiny", "--limit", "5");
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).contains("embedded 201 of 201 samples"); // another model identity: every vector again
            List<String> ids = run.out().lines().skip(1).limit(5).map(line -> line.split(" +")[1]).toList();
            List<String> expected = new ArrayList<>();
            local.get("neighbours").forEach(n -> expected.add(n.get("id").stringValue()));
            assertThat(ids).isEqualTo(expected);
        }
    }

    @Test
    void anUnknownSampleOrNoModelIsOneLine() {
        InspectCommandTest.Run unknown = studio("similar", "nope", "--gguf", gguf.toString());
        assertThat(unknown.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err().strip()).isEqualTo("error: no sample 'nope' in the library");

        InspectCommandTest.Run none = studio("similar", first);
        assertThat(none.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).contains("no embedding model chosen for this library").hasLineCount(1);
    }
}
