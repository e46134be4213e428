package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

class InspectCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return Json.MAPPER.readTree(out);
        }
    }

    static Run studio(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void countsAStudioFileAndListsRejectedLinesWithExitOne() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, """
                {"schema":"trajectory-studio/v1","kind":"trajectory","question":"q1","steps":[{"thought":"t","action":{"type":"tool_calls","calls":[{"name":"search","arguments":{"query":["a"]}},{"name":"visit","arguments":{"url":["u"],"goal":"g"}}]},"observation":"o"},{"action":{"type":"answer","text":"A"}}]}
                not json at all
                {"schema":"trajectory-studio/v1","kind":"has_decision","question":"q2","steps":[{"candidates":[{"action":{"type":"answer","text":"x"}},{"action":{"type":"tool_calls","calls":[{"name":"search","arguments":{}}]}}],"chosen":1,"observation":"r"}],"judgment":"incorrect"}
                """);

        Run run = studio("inspect", file.toString(), "--json");

        assertThat(run.exit()).isEqualTo(ExitCode.SOME_REJECTED);
        JsonNode json = run.json();
        assertThat(json.get("format").stringValue()).isEqualTo("studio");
        assertThat(json.get("samples").intValue()).isEqualTo(2);
        assertThat(json.get("steps").intValue()).isEqualTo(3);
        assertThat(json.get("toolCalls").intValue()).isEqualTo(3);
        assertThat(json.get("answers").intValue()).isEqualTo(1);
        assertThat(json.get("candidates").intValue()).isEqualTo(2);
        assertThat(json.get("tools").get("search").intValue()).isEqualTo(2);
        assertThat(json.get("tools").get("visit").intValue()).isEqualTo(1);
        assertThat(json.get("kinds").get("has_decision").intValue()).isEqualTo(1);
        assertThat(json.get("rejected")).hasSize(1);
        assertThat(json.get("rejected").get(0).get("line").intValue()).isEqualTo(2);
        assertThat(json.get("rejected").get(0).get("reason").stringValue()).contains("not valid JSON");
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void severalFilesAreEachReportedAndOneOfAnotherKindIsOneErrorLine() throws Exception {
        // As `inspect data/external/*` meets it (it took one file): SOURCES.md sorts first, real files follow.
        Path notes = Files.writeString(dir.resolve("SOURCES.md"), "# Where these files come from\n\nSee the paper.\n");
        String miroFlow = org.trajectorystudio.app.testing.SharedData.file("external/miroflow_task_result.json").toString();
        String toolLlama = org.trajectorystudio.app.testing.SharedData.file("external/toolllama_processed_G1_demo.json").toString();

        Run text = studio("inspect", notes.toString(), miroFlow, toolLlama);

        assertThat(text.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(text.err().lines().toList()).singleElement().asString().startsWith("error: " + notes + ": no JSON object");
        assertThat(text.out()).contains(miroFlow + "  (openai)\n  samples     1\n")
                .contains("\n\n" + toolLlama + "  (sharegpt)\n  samples     4\n");

        Run json = studio("inspect", miroFlow, notes.toString(), toolLlama, "--json");

        assertThat(json.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(json.json().get("files")).hasSize(2);
        assertThat(json.json().get("files").get(0).get("file").stringValue()).isEqualTo(miroFlow);
        assertThat(json.json().get("files").get(0).get("samples").intValue()).isEqualTo(1);
        assertThat(json.json().get("files").get(1).get("samples").intValue()).isEqualTo(4);
        assertThat(json.json().get("files").get(1).get("warnings")).hasSize(4);
        assertThat(json.json().get("failed")).singleElement()
                .satisfies(failed -> assertThat(failed.get("file").stringValue()).isEqualTo(notes.toString()));

        // One file is reported as before: the object itself, and a failure is the command's error.
        assertThat(studio("inspect", miroFlow, "--json").json().get("samples").intValue()).isEqualTo(1);
        assertThat(studio("inspect", notes.toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aMissingFileIsOneLineOnStderrAndExitTwo() {
        Run run = studio("inspect", dir.resolve("absent.jsonl").toString());

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).contains("no such file").doesNotContain("\n").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFormatNameIsABadArgument() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, "{}\n");

        Run run = studio("inspect", file.toString(), "--format", "parquet");

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown format 'parquet'").contains("react-chatml");
    }

    @Test
    void aFileOfNoKnownShapeAsksForFormat() throws Exception {
        Path file = dir.resolve("qa.jsonl");
        Files.writeString(file, "{\"id\": 1, \"urls\": []}\n");

        Run run = studio("inspect", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void textReportNamesTheFormatAndCounts() throws Exception {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"schema\":\"trajectory-studio/v1\",\"kind\":\"trajectory\",\"question\":\"q\",\"steps\":[{\"action\":{\"type\":\"answer\",\"text\":\"a\"}}]}");

        Run run = studio("inspect", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("(studio)").containsPattern("samples\\s+1").containsPattern("answers\\s+1");
    }
}
