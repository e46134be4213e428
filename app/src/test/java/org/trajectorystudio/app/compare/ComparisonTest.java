package org.trajectorystudio.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.app.testing.BundledFiles;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Judgment;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleKind;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.model.tokens.SampleTokens;
import org.trajectorystudio.persistence.curation.RevisionRef;

/** The rows the compare view shows, on a real HAS sample and on constructed trajectories. */
class ComparisonTest {

    private static Comparison compare(Sample left, Sample right) {
        return Comparison.of(new Comparison.Side(new RevisionRef(left.id(), 0), left),
                new Comparison.Side(new RevisionRef(right.id(), 0), right));
    }

    @Test
    void anInsertedStepIsAGapAndAChangedAnswerIsMarkedWordByWord() throws Exception {
        Sample original = BundledFiles.sample("has_decision.jsonl", "has-001");
        Sample variant = BundledFiles.has001Variant(original, "has-001-b");

        Comparison comparison = compare(original, variant);

        assertThat(comparison.rows()).extracting(row -> row.pair().left(), row -> row.pair().right()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(null, 1),
                org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 3));
        assertThat(comparison.differingRows()).containsExactly(1, 3);
        CompareRow gap = comparison.rows().get(1);
        assertThat(gap.left().isGap()).isTrue();
        assertThat(gap.right().title()).isEqualTo("visit");

        CompareRow answer = comparison.rows().get(3);
        StepPanel.Field left = answer.left().fields().stream().filter(f -> f.label().equals("Answer")).findFirst().orElseThrow();
        StepPanel.Field right = answer.right().fields().stream().filter(f -> f.label().equals("Answer")).findFirst().orElseThrow();
        assertThat(left.segments()).filteredOn(InlineDiff.Segment::changed).extracting(InlineDiff.Segment::text)
                .containsExactly("Hilo, Hawaii");
        assertThat(right.segments()).filteredOn(InlineDiff.Segment::changed).extracting(InlineDiff.Segment::text)
                .containsExactly("Washington, D.C., United States");
        // The shared thought is not marked.
        assertThat(answer.left().fields().getFirst().changed()).isFalse();
        assertThat(comparison.rows().get(0).differs()).isFalse();
        assertThat(comparison.tokenDifference()).isNotZero().isEqualTo(
                SampleTokens.approximateTotal(variant) - SampleTokens.approximateTotal(original));
    }

    @Test
    void identicalTrajectoriesShowNoDifference() throws Exception {
        Sample original = BundledFiles.sample("has_decision.jsonl", "has-002");
        Comparison comparison = compare(original, original.withId("copy"));
        assertThat(comparison.rows()).allMatch(row -> row.pair().isMatch() && !row.differs());
        assertThat(comparison.differingRows()).isEmpty();
        assertThat(comparison.tokenDifference()).isZero();
    }

    @Test
    void parallelCallsInAnotherOrderAreNotADifference() {
        ToolCall a = ToolCall.parsed("1", "visit", Json.MAPPER.readTree("{\"url\":[\"https://a.example\"],\"goal\":\"g\"}"));
        ToolCall b = ToolCall.parsed("2", "search", Json.MAPPER.readTree("{\"query\":[\"q\"]}"));
        Sample left = sample("l", Step.of("t", new ToolCalls(List.of(a, b)), "r"), Step.of(null, new FinalAnswer("x"), null));
        Sample right = sample("r", Step.of("t", new ToolCalls(List.of(b, a)), "r"), Step.of(null, new FinalAnswer("x"), null));

        Comparison comparison = compare(left, right);

        assertThat(comparison.rows()).hasSize(2).allMatch(row -> !row.differs());
        assertThat(comparison.rows().getFirst().pair().similarity()).isEqualTo(1.0);
    }

    @Test
    void aChangedQueryIsMarkedInsideTheArguments() {
        Sample left = sample("l", Step.of("t", new ToolCalls(List.of(ToolCall.parsed("1", "search",
                Json.MAPPER.readTree("{\"query\":[\"Doudna birthplace\"]}")))), "r"));
        Sample right = sample("r", Step.of("t", new ToolCalls(List.of(ToolCall.parsed("1", "search",
                Json.MAPPER.readTree("{\"query\":[\"Doudna hometown\"]}")))), "r"));

        CompareRow row = compare(left, right).rows().getFirst();

        assertThat(row.pair().isMatch()).isTrue();
        assertThat(row.right().fields()).filteredOn(f -> f.label().equals("Tool calls")).singleElement()
                .satisfies(field -> assertThat(field.segments()).filteredOn(InlineDiff.Segment::changed)
                        .extracting(InlineDiff.Segment::text).containsExactly("hometown"));
    }

    @Test
    void aHugeResponseIsComparedOnItsHeadOnlyAndKeepsItsTail() {
        String head = "word ".repeat(InlineDiff.MAX_CHARS / 5);
        InlineDiff.Sides sides = InlineDiff.of(head + "left tail", head + "right tail");
        assertThat(sides.differs()).isFalse();
        assertThat(String.join("", sides.left().stream().map(InlineDiff.Segment::text).toList())).endsWith("left tail");
    }

    private static Sample sample(String id, Step... steps) {
        return new Sample(id, SampleKind.TRAJECTORY, "q", null, null, List.of(), List.of(), List.of(steps),
                Judgment.UNKNOWN, Map.of());
    }
}
