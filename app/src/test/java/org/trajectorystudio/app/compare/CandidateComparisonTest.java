package org.trajectorystudio.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.app.testing.BundledFiles;
import org.trajectorystudio.model.compare.CandidateOptions;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.persistence.curation.RevisionRef;

/** The two sides a candidate comparison shows, on a bundled HAS sample and on constructed options. */
class CandidateComparisonTest {

    private static CandidateComparison compare(Sample sample, int step, int left, int right) {
        return CandidateComparison.of(new RevisionRef(sample.id(), 0), CandidateOptions.of(sample, step),
                new CandidateOptions.Pair(left, right));
    }

    private static StepPanel.Field field(List<StepPanel.Field> fields, String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> changed(StepPanel.Field field) {
        return field.segments().stream().filter(InlineDiff.Segment::changed).map(InlineDiff.Segment::text).toList();
    }

    private static ToolCall search(String id, String... queries) {
        return ToolCall.parsed(id, "search", Json.MAPPER.valueToTree(Map.of("query", List.of(queries))));
    }

    @Test
    void twoSearchesDifferInTheirThoughtsAndQueriesWordByWordWithPrettyPrintedArguments() throws Exception {
        // has-001, step 1: option 2 (chosen) searches for the laureates, option 4 for Doudna's birthplace directly.
        Sample has001 = BundledFiles.sample("has_decision.jsonl", "has-001");

        CandidateComparison comparison = compare(has001, 0, 1, 3);

        assertThat(comparison.left().chosen()).isTrue();
        assertThat(comparison.right().label()).isEqualTo("Option 4 · search");
        assertThat(comparison.fields().rows()).extracting(FieldDiff.Row::label).containsExactly("Thought", "Tool calls");
        assertThat(comparison.differs()).isTrue();
        assertThat(comparison.fields().differingLabels()).containsExactly("Thought", "Tool calls");
        StepPanel.Field leftCalls = field(comparison.fields().left(), "Tool calls");
        StepPanel.Field rightCalls = field(comparison.fields().right(), "Tool calls");
        // The tool's name on a line of its own, the arguments pretty-printed below it; the name is not marked.
        assertThat(leftCalls.text()).startsWith("search\n{\n").contains("\"query\" : [");
        assertThat(leftCalls.segments().getFirst().changed()).isFalse();
        assertThat(String.join(" ", changed(rightCalls))).contains("Jennifer Doudna birthplace");
        assertThat(String.join(" ", changed(leftCalls))).contains("laureates");
        assertThat(comparison.tokenDifference()).isEqualTo(comparison.right().tokens() - comparison.left().tokens());
        assertThat(comparison.similarity()).isBetween(0.5, 1.0);
        assertThat(comparison.options().observation()).startsWith("A Google search for '2020 Nobel Prize in Chemistry");
    }

    @Test
    void aToolCallAgainstAnAnswerShowsEachActionOnItsOwnSide() throws Exception {
        Sample has001 = BundledFiles.sample("has_decision.jsonl", "has-001");

        CandidateComparison comparison = compare(has001, 0, 1, 2);

        assertThat(comparison.fields().rows()).extracting(FieldDiff.Row::label).containsExactly("Thought", "Tool calls", "Answer");
        FieldDiff.Row calls = comparison.fields().rows().get(1);
        FieldDiff.Row answer = comparison.fields().rows().get(2);
        assertThat(calls.right()).isNull();
        assertThat(calls.left().changed()).isTrue();
        assertThat(answer.left()).isNull();
        assertThat(answer.right().text()).isEqualTo("Berkeley, California");
        assertThat(comparison.similarity()).isZero();
    }

    @Test
    void theSameOptionOnBothSidesAndReorderedParallelCallsShowNoDifference() {
        Candidate twoSearches = new Candidate("Both at once.", new ToolCalls(List.of(search("a", "mayor of Paris"), search("b", "mayor of Lyon"))));
        Candidate reordered = new Candidate("Both at once.", new ToolCalls(List.of(search("b", "mayor of Lyon"), search("a", "mayor of Paris"))));
        Candidate answer = new Candidate(null, new FinalAnswer("Hidalgo"));
        Sample sample = new Sample("s", SampleKind.HAS_DECISION, "Who are the mayors?", null, null, List.of(), List.of(),
                List.of(Step.decision(List.of(twoSearches, reordered, answer), 0, "results")), Judgment.UNKNOWN, Map.of());

        assertThat(compare(sample, 0, 0, 0).differs()).isFalse();
        CandidateComparison parallel = compare(sample, 0, 0, 1);
        assertThat(parallel.differs()).isFalse();
        assertThat(parallel.fields().right().get(1).text()).isEqualTo(parallel.fields().left().get(1).text());
    }
}
