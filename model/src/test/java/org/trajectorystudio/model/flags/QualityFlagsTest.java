package org.trajectorystudio.model.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.format.ReadOutcome;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Action;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.sample.ToolSpec;
import org.trajectorystudio.model.testing.SharedData;
import tools.jackson.databind.JsonNode;

class QualityFlagsTest {

    @Test
    void repeatedCallWithTheSameResponseIsALoop() {
        Sample sample = trajectory("Capital of Peru?", "Lima",
                Step.of("look", search("capital of peru"), "Lima is the capital."),
                Step.of("again", search("capital of peru"), "Lima is the capital."),
                Step.of("done", new FinalAnswer("Lima"), null));
        QualityFlag flag = only(sample, FlagKind.REPEATED_CALL);
        assertThat(flag.step()).isEqualTo(2);
        assertThat(flag.reason()).startsWith("step 2 repeats the search call").contains("of step 1 with the same response");
    }

    @Test
    void aRerunAnsweredDifferentlyIsNotALoop() {
        Sample sample = trajectory("Does the test pass?", null,
                Step.of("run", call("bash", "{\"command\":\"pytest\"}"), "1 failed"),
                Step.of("edit", call("bash", "{\"command\":\"sed -i s/a/b/ x.py\"}"), "ok"),
                Step.of("rerun", call("bash", "{\"command\":\"pytest\"}"), "1 passed"),
                Step.of("done", new FinalAnswer("It passes now."), null));
        assertThat(kinds(sample)).doesNotContain(FlagKind.REPEATED_CALL);
    }

    @Test
    void emptyAndErrorResponsesNameTheirSteps() {
        Sample sample = trajectory("Q", null,
                Step.of("a", search("one"), "  "),
                Step.of("b", search("two"), "Error: rate limit exceeded (429)"),
                Step.of("c", call("visit", "{\"url\":[\"https://x.org\"],\"goal\":\"g\"}"), "[visit] Failed to read page."),
                Step.of("d", new FinalAnswer("x"), null));
        assertThat(only(sample, FlagKind.EMPTY_RESPONSE).reason()).isEqualTo("step 1: the search call got an empty response");
        QualityFlag error = only(sample, FlagKind.ERROR_RESPONSE);
        assertThat(error.step()).isEqualTo(2);
        assertThat(error.reason()).isEqualTo(
                "step 2: error in the search response: \"Error: rate limit exceeded (429)\" (also step 3)");
    }

    @Test
    void aResultThatMentionsAnErrorLaterIsNoErrorResponse() {
        Sample sample = trajectory("Q", null,
                Step.of("a", search("python error"), "A Google search for 'python error' found 10 results:\n1. Error handling"),
                Step.of("d", new FinalAnswer("x"), null));
        assertThat(kinds(sample)).doesNotContain(FlagKind.ERROR_RESPONSE, FlagKind.EMPTY_RESPONSE);
    }

    @Test
    void endingWithoutAnAnswer() {
        Sample cut = trajectory("Q", null, Step.of("a", search("one"), "result"), Step.of("b", search("two"), null));
        assertThat(only(cut, FlagKind.NO_ANSWER).reason()).startsWith("ends at step 2 with a search call");
        assertThat(kinds(cut)).as("a last call with no response is the cut, not an empty response")
                .doesNotContain(FlagKind.EMPTY_RESPONSE);

        Sample timedOut = withMetadata(trajectory("Q", null, Step.of("d", new FinalAnswer("x"), null)),
                "termination", Json.MAPPER.getNodeFactory().stringNode("max_turns_reached"));
        assertThat(only(timedOut, FlagKind.NO_ANSWER).reason())
                .isEqualTo("ends at step 1 with termination \"max_turns_reached\", not an answer");

        Sample answered = withMetadata(trajectory("Q", null, Step.of("d", new FinalAnswer("x"), null)),
                "termination", Json.MAPPER.getNodeFactory().stringNode("answer"));
        assertThat(kinds(answered)).doesNotContain(FlagKind.NO_ANSWER);
    }

    @Test
    void answerMismatchKeepsItsF1ForTheThreshold() {
        Sample wrong = trajectory("Who wrote Hamlet?", "William Shakespeare",
                Step.of("d", new FinalAnswer("Christopher Marlowe wrote it."), null));
        QualityFlag flag = only(wrong, FlagKind.ANSWER_MISMATCH);
        assertThat(flag.score()).isZero();
        assertThat(flag.reason()).isEqualTo("step 1: the answer \"Christopher Marlowe wrote it.\" is not the reference"
                + " \"William Shakespeare\" (token F1 0.00)");

        Sample partly = trajectory("Q", "Lake Michigan, about 58,000 km2",
                Step.of("d", new FinalAnswer("Lake Michigan, about 57,800 km2"), null));
        QualityFlag close = only(partly, FlagKind.ANSWER_MISMATCH);
        assertThat(close.score()).as("4 of 6 tokens shared (58,000 reads as 58 000)").isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(FlagSettings.defaults().raises(close)).as("F1 0.67 is above the default 0.5").isFalse();
        assertThat(new FlagSettings(Set.of(FlagKind.values()), 0.8).raises(close)).isTrue();

        Sample covered = trajectory("Q", "The Ricin", Step.of("d", new FinalAnswer("The protein is **ricin**."), null));
        assertThat(kinds(covered)).doesNotContain(FlagKind.ANSWER_MISMATCH);
    }

    @Test
    void duplicateOptionsAndAChosenOptionThatWasNotExecuted() {
        Candidate a = new Candidate("search it", search("q1"));
        Candidate b = new Candidate("search it too", search("q1"));
        Candidate c = new Candidate("answer", new FinalAnswer("x"));
        Step decision = Step.decision(List.of(a, c, b), 0, "results");
        Step executedOther = new Step("visit", call("visit", "{\"url\":[\"u\"],\"goal\":\"g\"}"), "page",
                List.of(a, c), 0, Map.of());
        Sample sample = has(decision, executedOther, Step.of("d", new FinalAnswer("x"), null));
        assertThat(only(sample, FlagKind.DUPLICATE_OPTIONS).reason()).startsWith("step 1: options 1 and 3 are the same action");
        QualityFlag notExecuted = only(sample, FlagKind.CHOSEN_NOT_EXECUTED);
        assertThat(notExecuted.step()).isEqualTo(2);
        assertThat(notExecuted.reason()).startsWith("step 2: option 1 is chosen (a search call").contains("executed a visit call");
    }

    @Test
    void fasReasoningWhoseCorrectionChangesNothing() {
        Sample unchanged = reasoning(new FinalAnswer("Paris, 1889."), new FinalAnswer("paris 1889"));
        assertThat(only(unchanged, FlagKind.UNCHANGED_ANSWER).reason())
                .isEqualTo("step 2: the corrected answer \"paris 1889\" equals the tentative answer of step 1");
        assertThat(kinds(reasoning(new FinalAnswer("Paris, 1887"), new FinalAnswer("Paris, 1889"))))
                .doesNotContain(FlagKind.UNCHANGED_ANSWER);
    }

    @Test
    void argumentsThatAreNotJsonOrDoNotFitTheSchema() {
        ToolSpec searchTool = new ToolSpec("search", "web search", json(
                "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"query\"]}"));
        Sample raw = trajectory("Q", null, Step.of("a", new ToolCalls(List.of(ToolCall.unparsed("c1", "search", "{query: [x"))), "r"),
                Step.of("d", new FinalAnswer("x"), null));
        assertThat(only(raw, FlagKind.INVALID_ARGUMENTS).reason())
                .isEqualTo("step 1: the search call's arguments are not JSON: \"{query: [x\"");

        Sample schema = withTools(trajectory("Q", null, Step.of("a", call("search", "{\"query\":\"x\"}"), "r"),
                Step.of("d", new FinalAnswer("x"), null)), searchTool);
        assertThat(only(schema, FlagKind.INVALID_ARGUMENTS).reason())
                .isEqualTo("step 1: the search call's arguments do not fit its schema: arguments.query: expected array, got string");

        Sample fine = withTools(trajectory("Q", null, Step.of("a", search("x"), "r"), Step.of("d", new FinalAnswer("x"), null)),
                searchTool);
        assertThat(kinds(fine)).doesNotContain(FlagKind.INVALID_ARGUMENTS);
    }

    @Test
    void overTheStageBudgetsNamesTheStepThatCrossesIt() {
        String page = "word ".repeat(20_000);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            steps.add(Step.of("step " + i, search("q" + i), page + i));
        }
        steps.add(Step.of("d", new FinalAnswer("x"), null));
        Sample sample = trajectory("Q", null, steps.toArray(Step[]::new));
        QualityFlag over32 = only(sample, FlagKind.OVER_32K);
        QualityFlag over128 = only(sample, FlagKind.OVER_128K);
        assertThat(over32.step()).isBetween(1, over128.step() - 1);
        assertThat(over32.reason()).matches("≈[0-9,]+ tokens, over the 32K stage-1 budget of 32,768 at step " + over32.step());
        assertThat(over128.reason()).contains("128K stage-2 budget of 131,072 at step " + over128.step());
        Sample shorter = sample.withSteps(steps.subList(over32.step() - 1, over32.step()));
        assertThat(kinds(shorter)).doesNotContain(FlagKind.OVER_32K, FlagKind.OVER_128K);
    }

    @Test
    void switchedOffKindsAreNotRaised() {
        Sample wrong = trajectory("Q", "yes", Step.of("d", new FinalAnswer("no"), null));
        List<QualityFlag> flags = QualityFlags.of(wrong);
        assertThat(FlagSettings.defaults().raised(flags)).hasSize(1);
        assertThat(FlagSettings.defaults().with(FlagKind.ANSWER_MISMATCH, false).raised(flags)).isEmpty();
    }

    /**
     * WebDancer lines 4 (ricin), 7 (vespa), 16 (Adkins, two searches) and 24 (livre), read by hand: distinct search
     * queries, result pages as responses, an answer that states the reference. None of them may be flagged; and no
     * record of the file has a structural flag (the data is clean), only answer mismatches where the reference is
     * phrased unlike the answer.
     */
    @Test
    void cleanWebDancerRecordsRaiseNothing() throws Exception {
        Path file = SharedData.file("webdancer_sample_traj.jsonl");
        List<Long> flagged = new ArrayList<>();
        List<String> structural = new ArrayList<>();
        int read = 0;
        try (SampleReader reader = SampleReader.open(file, null)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof ReadOutcome.Read record) {
                    read++;
                    List<QualityFlag> raised = FlagSettings.defaults().raised(QualityFlags.of(record.sample()));
                    if (!raised.isEmpty()) {
                        flagged.add(record.line());
                    }
                    raised.stream().filter(flag -> flag.kind() != FlagKind.ANSWER_MISMATCH)
                            .forEach(flag -> structural.add(record.line() + ": " + flag.reason()));
                }
            }
        }
        assertThat(read).isEqualTo(200);
        assertThat(flagged).doesNotContain(4L, 7L, 16L, 24L);
        assertThat(structural).isEmpty();
    }

    // --- hand-made samples

    private static QualityFlag only(Sample sample, FlagKind kind) {
        List<QualityFlag> matching = QualityFlags.of(sample).stream().filter(flag -> flag.kind() == kind).toList();
        assertThat(matching).as(kind + " in " + QualityFlags.of(sample)).hasSize(1);
        return matching.getFirst();
    }

    private static List<FlagKind> kinds(Sample sample) {
        return QualityFlags.of(sample).stream().map(QualityFlag::kind).toList();
    }

    private static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }

    private static Action call(String name, String arguments) {
        return new ToolCalls(List.of(ToolCall.parsed(null, name, json(arguments))));
    }

    private static Action search(String query) {
        return call("search", "{\"query\":[\"" + query + "\"]}");
    }

    private static Sample trajectory(String question, String answer, Step... steps) {
        return new Sample("", SampleKind.TRAJECTORY, question, answer, null, List.of(), List.of(), List.of(steps),
                Judgment.UNKNOWN, Map.of());
    }

    private static Sample has(Step... steps) {
        return new Sample("", SampleKind.HAS_DECISION, "Q", null, null, List.of(), List.of(), List.of(steps),
                Judgment.CORRECT, Map.of());
    }

    private static Sample reasoning(FinalAnswer tentative, FinalAnswer corrected) {
        return new Sample("", SampleKind.FAS_REASONING, "When?", null, null, List.of(), List.of("k1"),
                List.of(Step.of("from memory", tentative, null), Step.of("over the knowledge", corrected, null)),
                Judgment.UNKNOWN, Map.of());
    }

    private static Sample withMetadata(Sample s, String key, JsonNode value) {
        return new Sample(s.id(), s.kind(), s.question(), s.answer(), s.system(), s.tools(), s.knowledge(), s.steps(),
                s.judgment(), Map.of(key, value));
    }

    private static Sample withTools(Sample s, ToolSpec... tools) {
        return new Sample(s.id(), s.kind(), s.question(), s.answer(), s.system(), List.of(tools), s.knowledge(), s.steps(),
                s.judgment(), s.metadata());
    }

}
