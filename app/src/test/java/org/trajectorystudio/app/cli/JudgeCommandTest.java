package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.engine.FakeOpenAiServer;
import org.trajectorystudio.inference.engine.TinyGguf;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.judge.Suggestions;
import org.trajectorystudio.persistence.library.Library;
import tools.jackson.databind.JsonNode;

/**
 * {@code judge} against a loopback OpenAI-compatible server that answers scripted judgments by question, and against
 * the tiny random-weight GGUF (nonsense replies): parsing, storage as suggestions, resume, agreement with a curator.
 */
class JudgeCommandTest {
    @TempDir
    Path dir;

    private String library;
    private FakeOpenAiServer server;

    static final String SAMPLES = """
            {"schema":"trajectory-studio/v1","id":"peru","kind":"trajectory","question":"Capital of Peru?","answer":"Lima","steps":[\
            {"thought":"done","action":{"type":"answer","text":"Lima"}}],"judgment":"correct"}
            {"schema":"trajectory-studio/v1","id":"chile","kind":"trajectory","question":"Capital of Chile?","answer":"Santiago","steps":[\
            {"thought":"done","action":{"type":"answer","text":"Valparaiso"}}],"judgment":"incorrect"}
            {"schema":"trajectory-studio/v1","id":"france","kind":"trajectory","question":"Capital of France?","answer":"Paris","steps":[\
            {"thought":"done","action":{"type":"answer","text":"Paris"}}],"judgment":"correct"}
            {"schema":"trajectory-studio/v1","id":"has","kind":"has_decision","question":"Height of Everest?","answer":"8849 m","steps":[\
            {"candidates":[{"thought":"look it up","action":{"type":"tool_calls","calls":[{"name":"search","arguments":{"query":["everest height"]}}]}},\
            {"thought":"guess","action":{"type":"answer","text":"9000 m"}}],"chosen":0,"observation":"8,849 m"},\
            {"thought":"done","action":{"type":"answer","text":"8849 m"}}],"judgment":"correct"}
            """;

    @BeforeEach
    void setUp() throws Exception {
        library = dir.resolve("library").toString();
        assertThat(studio("import", Files.writeString(dir.resolve("in.jsonl"), SAMPLES).toString()).exit()).isEqualTo(ExitCode.OK);
        server = new FakeOpenAiServer();
        server.script(exchange -> {
            String body = (String) exchange.getAttribute(FakeOpenAiServer.BODY);
            String reply = body.contains("Options at step") ? "Option 1 searches first. OPTION: 1"
                    : body.contains("Capital of Chile") ? "The agent named another city.\nVERDICT: incorrect"
                    : body.contains("Capital of Peru") ? "<think>is it incorrect? no</think>VERDICT: **correct**"
                    : body.contains("Capital of France") ? "banana" : "VERDICT: correct";
            FakeOpenAiServer.stream(FakeOpenAiServer.chatDelta(reply), FakeOpenAiServer.chatFinish("stop")).answer(exchange);
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library;
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    @Test
    void scriptedJudgmentsAreParsedStoredAsSuggestionsResumedAndSetAgainstTheCurator() throws Exception {
        // The curator: agrees on peru and chile, not on france (the judge's reply there is unreadable, so no verdict).
        assertThat(studio("verdict", "peru", "accepted", "--annotator", "alice").exit()).isEqualTo(ExitCode.OK);
        assertThat(studio("verdict", "chile", "accepted", "--annotator", "alice").exit()).isEqualTo(ExitCode.OK);

        // Stopped after two samples (as a killed run would be), then run again: only the rest is asked.
        InspectCommandTest.Run first = studio("judge", "--rubric", "answer-correct", "--kind", "trajectory", "--limit", "2",
                "--endpoint", server.baseUrl(), "--model", "m1", "--json");
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.json().get("judged").intValue()).isEqualTo(2);
        InspectCommandTest.Run rest = studio("judge", "--rubric", "answer-correct", "--kind", "trajectory",
                "--endpoint", server.baseUrl(), "--model", "m1", "--concurrency", "3", "--json");
        JsonNode json = rest.json();
        assertThat(json.get("judged").intValue()).isEqualTo(1);
        assertThat(json.get("skipped").intValue()).isEqualTo(2);
        assertThat(json.get("unreadable").intValue()).isEqualTo(1);
        assertThat(json.get("annotator").stringValue()).isEqualTo("judge:m1");

        try (Library lib = Library.open(Path.of(library))) {
            assertThat(lib.suggestions().of("peru")).singleElement().satisfies(s -> {
                assertThat(s.annotator()).isEqualTo("judge:m1");
                assertThat(s.verdict()).isEqualTo("accepted");
                assertThat(s.reply()).contains("VERDICT: **correct**");
            });
            assertThat(lib.suggestions().of("chile")).singleElement().extracting(Suggestions.Suggestion::verdict).isEqualTo("rejected");
            assertThat(lib.suggestions().of("france")).singleElement().satisfies(s -> {
                assertThat(s.verdict()).isNull();
                assertThat(s.unreadable()).isEqualTo("no verdict in the reply");
            });
            // A suggestion is never a verdict: chile keeps the curator's, france has none.
            assertThat(lib.curation().state("chile").verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(lib.curation().state("france").verdict()).isNull();
        }

        // Agreement: kappa between the judge and the curator (peru agrees, chile differs), chile listed as a disagreement.
        JsonNode agreement = studio("agreement", "--json").json();
        assertThat(agreement.get("annotators").toString()).contains("alice", "judge:m1");
        JsonNode pair = agreement.get("kappa").get("pairs").get(0);
        assertThat(pair.toString()).contains("alice").contains("judge:m1");
        assertThat(agreement.get("disagreements").toString()).contains("\"chile\"").doesNotContain("\"peru\"");

        // Per HAS step: which option would the model take?
        InspectCommandTest.Run options = studio("judge", "--rubric", "which-option", "--kind", "has_decision",
                "--endpoint", server.baseUrl(), "--model", "m1", "--json");
        assertThat(options.json().get("judged").intValue()).isEqualTo(1);
        try (Library lib = Library.open(Path.of(library))) {
            assertThat(lib.suggestions().of("has")).singleElement().satisfies(s -> {
                assertThat(s.option()).isEqualTo(1);
                assertThat(s.step()).isEqualTo(1);
            });
        }
    }

    @Test
    void theTinyGgufsNonsenseIsLoggedAsUnreadableAndAnUnreachableServerIsOneLine() throws Exception {
        Path gguf = TinyGguf.write(dir.resolve("tiny.gguf"));
        // An edited rubric short enough for the tiny model's 256-token context.
        Path rubric = Files.writeString(dir.resolve("short.txt"), "Q: {{question}} A: {{answer}} Ref: {{reference}} VERDICT:");
        InspectCommandTest.Run run = studio("judge", "--rubric", rubric.toString(), "--text", "Peru", "--gguf", gguf.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("judged").intValue()).isEqualTo(1);
        try (Library lib = Library.open(Path.of(library))) {
            Suggestions.Suggestion suggestion = lib.suggestions().of("peru").getFirst();
            assertThat(suggestion.annotator()).isEqualTo("judge:tiny");
            // Random weights say anything: either it happens to read as a verdict, or it is logged as unreadable.
            assertThat(suggestion.verdict() != null || suggestion.unreadable() != null).isTrue();
            assertThat(lib.curation().state("peru").verdict()).isNull();
        }

        server.close();
        InspectCommandTest.Run refused = studio("judge", "--rubric", "answer-correct", "--endpoint", server.baseUrl(), "--model", "m2");
        assertThat(refused.exit()).isEqualTo(ExitCode.BAD_INPUT);
        // Progress lines, then one error line (no stack trace).
        assertThat(refused.err().lines().filter(line -> line.startsWith("error:")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("connection refused"));
        assertThat(refused.err()).doesNotContain("Exception", "\tat ");
        assertThat(studio("judge", "--rubric", "nope", "--endpoint", server.baseUrl(), "--model", "m2").err())
                .contains("no rubric 'nope'");
    }


    @Test
    void aRubricSavedInTheWindowIsFoundByName() throws Exception {
        InspectCommandTest.Run unknown = studio("judge", "--rubric", "strict-answer", "--endpoint", server.baseUrl(), "--model", "m1");
        assertThat(unknown.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("no rubric 'strict-answer'");
        try (Library lib = Library.open(Path.of(library))) {
            org.trajectorystudio.app.judge.SavedRubrics.save(lib.settings(), new org.trajectorystudio.model.judge.Rubric(
                    "strict-answer", "Strictly: {{question}} answered {{answer}}, reference {{reference}}. VERDICT?"));
        }
        InspectCommandTest.Run run = studio("judge", "--rubric", "strict-answer", "--kind", "trajectory",
                "--endpoint", server.baseUrl(), "--model", "m1", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("rubric").stringValue()).isEqualTo("strict-answer");
        assertThat(server.lastRequest().body()).contains("Strictly: ");
    }
}
