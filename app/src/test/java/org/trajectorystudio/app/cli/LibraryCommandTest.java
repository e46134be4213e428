package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/** The library subcommands end to end, on a real H2 library holding the real WebDancer sample file. */
class LibraryCommandTest {
    @TempDir
    Path dir;

    private String library;

    @BeforeEach
    void importWebDancer() {
        library = dir.resolve("library").toString();
        InspectCommandTest.Run run = studio("import", SharedData.file("webdancer_sample_traj.jsonl").toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("imported").intValue()).isEqualTo(200);
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library;
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    private String derbyId() {
        JsonNode json = studio("query", "--text", "Epsom", "--json").json();
        assertThat(json.get("total").intValue()).isPositive();
        JsonNode first = json.get("samples").get(0);
        // The question describes the Derby without naming it; "Epsom" occurs in the thoughts and answer.
        assertThat(first.get("question").stringValue()).contains("equestrian").contains("1964");
        return first.get("id").stringValue();
    }

    private String idAt(int index) {
        return studio("query", "--limit", "5", "--json").json().get("samples").get(index).get("id").stringValue();
    }

    @Test
    void importingAgainFindsOnlyDuplicates() {
        InspectCommandTest.Run run = studio("import", SharedData.file("webdancer_sample_traj.jsonl").toString(), "--json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        assertThat(json.get("imported").intValue()).isZero();
        assertThat(json.get("duplicates").intValue()).isEqualTo(200);
        assertThat(json.get("rejected")).isEmpty();
        assertThat(json.get("files")).hasSize(1);
        assertThat(json.has("seconds")).isTrue();
    }

    @Test
    void importOfAMissingFileIsOneLineExitTwo() {
        InspectCommandTest.Run run = studio("import", dir.resolve("absent.jsonl").toString());

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).contains("no such file").doesNotContain("\n");
    }

    @Test
    void oneOfAThingIsWordedInTheSingular() {
        // Toucan's ADP file: one trajectory, one repair; the line said "1 warnings" and the progress "1 samples".
        String toucan = SharedData.file("external/adp_toucan_1_5m_kimi_k2.json").toString();

        InspectCommandTest.Run first = studio("import", toucan);
        InspectCommandTest.Run again = studio("import", toucan);

        assertThat(first.out()).contains(toucan + "  (openai)  1 imported, 0 duplicates, 0 rejected, 1 warning in ");
        assertThat(first.err()).contains("1 sample ·").doesNotContain("1 samples");
        assertThat(again.out()).contains("0 imported, 1 duplicate, 0 rejected, 1 warning in ");
    }

    @Test
    void aFileOfAnotherKindAmongSeveralIsOneErrorLineAndTheOthersAreImported() throws Exception {
        // As `import data/*` meets it: a README sorts first, the trajectory files follow.
        Path notes = Files.writeString(dir.resolve("NOTES.md"), "# Where these files come from\n\nSee the paper.\n");
        String fireAct = SharedData.file("external/fireact_hotpotqa_gpt_format.jsonl").toString();
        String toolLlama = SharedData.file("external/toolllama_processed_G1_demo.records.jsonl").toString();

        InspectCommandTest.Run text = studio("import", notes.toString(), fireAct);

        assertThat(text.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(text.err().lines().filter(line -> line.startsWith("error")).toList())
                .singleElement().asString().startsWith("error: " + notes).contains("line 1");
        assertThat(text.out()).contains(fireAct).contains("500 imported");

        InspectCommandTest.Run json = studio("import", notes.toString(), toolLlama, fireAct, "--json");

        assertThat(json.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(json.json().get("imported").intValue()).isEqualTo(4);
        assertThat(json.json().get("duplicates").intValue()).isEqualTo(500);
        assertThat(json.json().get("files")).hasSize(2);
        assertThat(json.json().get("failed")).singleElement().satisfies(failed -> {
            assertThat(failed.get("file").stringValue()).isEqualTo(notes.toString());
            assertThat(failed.get("reason").stringValue()).contains("no JSON object in the first 2 lines (line 1: not valid JSON at column 1: ")
                    .doesNotContain("expected a valid value");
        });
    }

    @Test
    void textSearchFindsTheDerbySample() {
        JsonNode json = studio("query", "--text", "Epsom", "--json").json();

        JsonNode sample = json.get("samples").get(0);
        assertThat(sample.get("kind").stringValue()).isEqualTo("trajectory");
        assertThat(sample.get("steps").intValue()).isPositive();
        assertThat(sample.get("rating").isNull()).isTrue();
        assertThat(sample.get("labels")).isEmpty();
        assertThat(studio("query", "--limit", "3").out()).contains("of 200 samples");
    }

    @Test
    void curationShowsUpInQueryFilters() {
        String id = derbyId();

        InspectCommandTest.Run rate = studio("rate", id, "4", "--annotator", "ann");
        assertThat(rate.exit()).as(rate.err()).isEqualTo(ExitCode.OK);
        assertThat(rate.out()).contains("rated").contains("ann");
        assertThat(studio("verdict", id, "accepted").exit()).isEqualTo(ExitCode.OK);
        assertThat(studio("label", id, "derby").exit()).isEqualTo(ExitCode.OK);
        assertThat(studio("note", id, "checked the year").exit()).isEqualTo(ExitCode.OK);
        assertThat(studio("rate", id, "5", "--step", "1").exit()).isEqualTo(ExitCode.OK);

        JsonNode json = studio("query", "--min-rating", "4", "--verdict", "accepted", "--label", "derby", "--json").json();
        assertThat(json.get("total").intValue()).isEqualTo(1);
        JsonNode sample = json.get("samples").get(0);
        assertThat(sample.get("id").stringValue()).isEqualTo(id);
        assertThat(sample.get("rating").intValue()).isEqualTo(4);
        assertThat(sample.get("verdict").stringValue()).isEqualTo("accepted");
        assertThat(sample.get("labels").get(0).stringValue()).isEqualTo("derby");

        assertThat(studio("label", id, "derby", "--remove").exit()).isEqualTo(ExitCode.OK);
        assertThat(studio("query", "--label", "derby", "--json").json().get("total").intValue()).isZero();
    }

    @Test
    void anUnknownIdOrBadScoreIsOneLineExitTwo() {
        for (String[] args : new String[][] {{"rate", "nope", "3"}, {"rate", derbyId(), "9"}, {"verdict", "nope", "accepted"},
                {"verdict", derbyId(), "maybe"}, {"label", "nope", "x"}, {"preview", "nope", "--step", "1", "--endpoint", "http://127.0.0.1:9", "--model", "m"}}) {
            InspectCommandTest.Run run = studio(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").startsWith("error:");
        }
    }

    @Test
    void statsCountKindsVerdictsAndRatings() {
        studio("verdict", derbyId(), "rejected");
        studio("rate", derbyId(), "2");

        JsonNode json = studio("stats", "--json").json();

        assertThat(json.get("samples").intValue()).isEqualTo(200);
        assertThat(json.get("kinds").get("trajectory").intValue()).isEqualTo(200);
        assertThat(json.get("verdicts").get("rejected").intValue()).isEqualTo(1);
        assertThat(json.get("verdicts").get("unreviewed").intValue()).isEqualTo(199);
        assertThat(json.get("rated").intValue()).isEqualTo(1);
        assertThat(json.get("unrated").intValue()).isEqualTo(199);
        assertThat(json.get("datasets").size()).isEqualTo(1);
        assertThat(studio("stats").out()).contains("trajectory").contains("webdancer_sample_traj.jsonl");
    }

    @Test
    void compareAlignsTwoSamples() {
        String left = idAt(0);
        String right = idAt(1);

        InspectCommandTest.Run run = studio("compare", left, right, "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        assertThat(json.get("left").stringValue()).isEqualTo(left);
        assertThat(json.get("right").stringValue()).isEqualTo(right);
        assertThat(json.get("pairs").size()).isPositive();
        assertThat(json.get("pairs").get(0).has("similarity")).isTrue();
        assertThat(studio("compare", left, left).out()).contains("1.000").contains("matched");
    }

    @Test
    void exportWritesOnlyAcceptedSamplesAndAManifest() throws Exception {
        String accepted = idAt(0);
        String rejected = idAt(1);
        studio("verdict", accepted, "accepted");
        studio("verdict", rejected, "rejected");
        Path out = dir.resolve("set.jsonl");

        InspectCommandTest.Run run = studio("export", "--out", out.toString(), "--format", "chat", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        assertThat(json.get("exported").intValue()).isEqualTo(1);
        assertThat(json.get("tokens").intValue()).isPositive();
        assertThat(Path.of(json.get("manifest").stringValue())).exists();
        assertThat(Files.readAllLines(out)).hasSize(1).allSatisfy(line -> assertThat(line).contains(accepted).doesNotContain(rejected));
        assertThat(studio("export", "--out", out.toString(), "--format", "chat", "--verdict", "rejected").exit())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void previewStreamsAnOpenAiCompatibleServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (String piece : new String[] {"Search", " the", " Derby"}) {
                    event(body, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"},\"finish_reason\":null}]}");
                }
                event(body, "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
                event(body, "[DONE]");
            }
        });
        server.start();
        try {
            InspectCommandTest.Run run = studio("preview", derbyId(), "--step", "1", "--endpoint",
                    "http://127.0.0.1:" + server.getAddress().getPort(), "--model", "fake", "--max-tokens", "16", "--seed", "1");

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("Search the Derby");
            assertThat(run.err()).contains("tokens/s");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void previewOfAnUnreachableServerIsOneLineExitTwo() {
        InspectCommandTest.Run run = studio("preview", derbyId(), "--step", "1", "--endpoint", "http://127.0.0.1:9", "--model", "m");

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("error:").doesNotContain("\n");
    }

    private static void event(OutputStream out, String data) throws java.io.IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
