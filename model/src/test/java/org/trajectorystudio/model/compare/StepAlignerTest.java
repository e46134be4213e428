package org.trajectorystudio.model.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.trajectorystudio.model.compare.Steps.answer;
import static org.trajectorystudio.model.compare.Steps.call;
import static org.trajectorystudio.model.compare.Steps.calls;
import static org.trajectorystudio.model.compare.Steps.decision;
import static org.trajectorystudio.model.compare.Steps.python;
import static org.trajectorystudio.model.compare.Steps.search;
import static org.trajectorystudio.model.compare.Steps.step;
import static org.trajectorystudio.model.compare.Steps.visit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCalls;

class StepAlignerTest {
    private final StepAligner aligner = new StepAligner();

    /** A typical research trajectory; several steps use the same tool, which tempts a naive alignment to shift. */
    private static List<Step> trajectory() {
        return List.of(
                step("start broad", calls(call("search", "{'query':['Nobel Prize physics 1903 winners']}"))),
                search("Marie Curie birth place"),
                visit("https://en.wikipedia.org/wiki/Marie_Curie", "where and when was she born"),
                search("Warsaw population 1867"),
                python("print(1903 - 1867)"),
                answer("Warsaw, 36 years old"));
    }

    private static List<Step> with(List<Step> steps, int index, Step inserted) {
        List<Step> copy = new ArrayList<>(steps);
        copy.add(index, inserted);
        return copy;
    }

    private static List<Step> without(List<Step> steps, int index) {
        List<Step> copy = new ArrayList<>(steps);
        copy.remove(index);
        return copy;
    }

    @Test
    void identicalTrajectoriesPairEveryStepWithItselfAtSimilarityOne() {
        Alignment alignment = aligner.align(Steps.sample(trajectory()), Steps.sample(trajectory()));

        assertThat(alignment.pairs()).hasSize(6).allSatisfy(pair -> {
            assertThat(pair.left()).isEqualTo(pair.right());
            assertThat(pair.similarity()).isEqualTo(1.0);
        });
        assertThat(alignment.matched()).isEqualTo(6);
        assertThat(alignment.leftOnly()).isZero();
        assertThat(alignment.rightOnly()).isZero();
        assertThat(alignment.meanSimilarity()).isEqualTo(1.0);
    }

    @Test
    void aStepInsertedOnTheRightDoesNotShiftTheStepsAfterIt() {
        // The inserted step is a search like its neighbours: pairing it with one of them is the tempting mistake.
        List<Step> right = with(trajectory(), 2, search("Marie Curie maiden name"));

        Alignment alignment = aligner.align(trajectory(), right);

        assertThat(alignment.pairs()).containsExactly(
                AlignedPair.match(0, 0, 1.0),
                AlignedPair.match(1, 1, 1.0),
                AlignedPair.rightOnly(2),
                AlignedPair.match(2, 3, 1.0),
                AlignedPair.match(3, 4, 1.0),
                AlignedPair.match(4, 5, 1.0),
                AlignedPair.match(5, 6, 1.0));
        assertThat(alignment.rightOnly()).isEqualTo(1);
        assertThat(alignment.leftOnly()).isZero();
    }

    @Test
    void aStepDeletedOnTheRightLeavesTheOthersWithTheirCounterparts() {
        Alignment alignment = aligner.align(trajectory(), without(trajectory(), 1));

        assertThat(alignment.pairs()).containsExactly(
                AlignedPair.match(0, 0, 1.0),
                AlignedPair.leftOnly(1),
                AlignedPair.match(2, 1, 1.0),
                AlignedPair.match(3, 2, 1.0),
                AlignedPair.match(4, 3, 1.0),
                AlignedPair.match(5, 4, 1.0));
        assertThat(alignment.leftOnly()).isEqualTo(1);
    }

    @Test
    void insertionsAndDeletionsTogether() {
        List<Step> right = with(without(trajectory(), 3), 1, search("Sorbonne first woman professor"));

        Alignment alignment = aligner.align(trajectory(), right);

        assertThat(alignment.pairs()).filteredOn(AlignedPair::isMatch)
                .extracting(AlignedPair::left, AlignedPair::right)
                .containsExactly(
                        tuple(0, 0), tuple(1, 2),
                        tuple(2, 3), tuple(4, 4),
                        tuple(5, 5));
        assertThat(alignment.leftOnly()).isEqualTo(1);
        assertThat(alignment.rightOnly()).isEqualTo(1);
    }

    @Test
    void reorderedParallelCallsStillPairAtSimilarityOne() {
        var search = call("search", "{'query':['Curie radium','Curie polonium']}");
        var visit = call("visit", "{'url':['https://nobelprize.org/curie'],'goal':'prize year'}");
        List<Step> left = List.of(search("Marie Curie"), step(calls(search, visit)), answer("1903"));
        List<Step> right = List.of(search("Marie Curie"), step(calls(visit, search)), answer("1903"));

        Alignment alignment = aligner.align(left, right);

        assertThat(alignment.pairs()).containsExactly(
                AlignedPair.match(0, 0, 1.0), AlignedPair.match(1, 1, 1.0), AlignedPair.match(2, 2, 1.0));
    }

    @Test
    void aChangedSearchQueryStaysPairedWithItsCounterpart() {
        List<Step> left = trajectory();
        List<Step> right = new ArrayList<>(left);
        right.set(3, search("population of Warsaw in 1867 census"));

        Alignment alignment = aligner.align(left, right);

        assertThat(alignment.matched()).isEqualTo(6);
        AlignedPair changed = alignment.pairs().get(3);
        assertThat(changed.left()).isEqualTo(3);
        assertThat(changed.right()).isEqualTo(3);
        assertThat(changed.similarity()).isGreaterThan(0.3).isLessThan(1.0);
        assertThat(alignment.meanSimilarity()).isLessThan(1.0);
    }

    @Test
    void totallyDifferentTrajectoriesAreMostlyGaps() {
        List<Step> left = List.of(
                python("import math; print(math.pi)"),
                python("print(sum(range(10)))"),
                step(calls(call("parse_file", "{'files':['report.pdf']}"))),
                answer("45"));
        List<Step> right = List.of(
                search("tallest building in Africa"),
                visit("https://skyscrapers.example/africa", "height of the tallest building"),
                step(calls(call("google_scholar", "{'query':['skyscraper wind load']}"))),
                answer("The Iconic Tower in Egypt"));

        Alignment alignment = aligner.align(left, right);

        // Only the two final answers can pair (same action type), and only weakly.
        assertThat(alignment.matched()).isLessThanOrEqualTo(1);
        assertThat(alignment.leftOnly()).isGreaterThanOrEqualTo(3);
        assertThat(alignment.rightOnly()).isGreaterThanOrEqualTo(3);
        assertThat(alignment.pairs()).filteredOn(AlignedPair::isMatch)
                .allSatisfy(pair -> assertThat(pair.similarity()).isLessThan(0.7));
    }

    @Test
    void anAnswerIsNeverPairedWithAToolCallWhateverTheThreshold() {
        List<Step> left = List.of(step("I know this", calls(call("search", "{'query':['capital of France']}"))));
        List<Step> right = List.of(step("I know this", new FinalAnswer("capital of France")));

        Alignment strict = aligner.align(left, right);
        Alignment lenient = new StepAligner(0.001, 1.0).align(left, right);

        assertThat(strict.pairs()).containsExactly(AlignedPair.leftOnly(0), AlignedPair.rightOnly(0));
        assertThat(lenient.pairs()).containsExactly(AlignedPair.leftOnly(0), AlignedPair.rightOnly(0));
    }

    @Test
    void decisionStepsAlignByTheCandidateTheyChose() {
        ToolCalls tower = calls(call("search", "{'query':['Eiffel Tower height']}"));
        ToolCalls louvre = calls(call("visit", "{'url':['https://louvre.fr'],'goal':'opening hours'}"));
        ToolCalls python = calls(call("PythonInterpreter", "{'code':'print(330 * 3.28)'}"));
        List<Step> has = List.of(decision(1, louvre, tower), decision(0, python, tower, louvre), answer("1083 ft"));
        List<Step> plain = List.of(step("option thought", tower), step("option thought", python), answer("1083 ft"));
        List<Step> plainOtherOrder = List.of(step("option thought", python), step("option thought", tower), answer("1083 ft"));

        Alignment alignment = aligner.align(has, plain);
        Alignment swapped = aligner.align(has, plainOtherOrder);

        assertThat(alignment.pairs()).containsExactly(
                AlignedPair.match(0, 0, 1.0), AlignedPair.match(1, 1, 1.0), AlignedPair.match(2, 2, 1.0));
        assertThat(swapped.matched()).isEqualTo(2);
        assertThat(swapped.pairs()).contains(AlignedPair.match(2, 2, 1.0));
    }

    @Test
    void identicalRepeatedStepsPairFromTheStart() {
        Alignment alignment = aligner.align(List.of(search("x"), search("x"), search("x")), List.of(search("x"), search("x")));

        assertThat(alignment.pairs()).containsExactly(
                AlignedPair.match(0, 0, 1.0), AlignedPair.match(1, 1, 1.0), AlignedPair.leftOnly(2));
    }

    @Test
    void swappedNeighboursKeepOnePairRatherThanTwoWeakOnes() {
        List<Step> left = List.of(search("Ada Lovelace"), search("Analytical Engine"));
        List<Step> right = List.of(search("Analytical Engine"), search("Ada Lovelace"));

        Alignment alignment = aligner.align(left, right);

        assertThat(alignment.matched()).isEqualTo(1);
        assertThat(alignment.pairs()).filteredOn(AlignedPair::isMatch).singleElement()
                .extracting(AlignedPair::similarity).isEqualTo(1.0);
    }

    @Test
    void emptySides() {
        assertThat(aligner.align(List.of(), List.of()).pairs()).isEmpty();
        assertThat(aligner.align(List.of(), List.of(search("a"), answer("b"))).pairs())
                .containsExactly(AlignedPair.rightOnly(0), AlignedPair.rightOnly(1));
        assertThat(aligner.align(List.of(answer("b")), List.of()).pairs()).containsExactly(AlignedPair.leftOnly(0));
    }

    @Test
    void twoHundredStepsEachAlignOnTheDiagonalAndAroundAnInsertion() {
        List<Step> left = new ArrayList<>();
        List<Step> right = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String thought = "step " + i + ": the next thing to find out about topic " + (i % 17);
            Step step = switch (i % 4) {
                case 0 -> step(thought, calls(call("search", "{'query':['topic " + i + " overview','topic " + i + " history']}")));
                case 1 -> step(thought, calls(call("visit", "{'url':['https://example.org/page/" + i + "'],'goal':'facts about topic " + i + "'}")));
                case 2 -> step(thought, calls(call("search", "{'query':['topic " + i + " statistics']}")));
                default -> step(thought, calls(call("PythonInterpreter", "{'code':'print(" + i + " * 2)'}")));
            };
            left.add(step);
            // The right side rewords every thought, so the pairs are close but not identical.
            right.add(Step.of("reworded " + thought, step.action(), step.observation()));
        }

        Alignment diagonal = aligner.align(left, right);

        assertThat(diagonal.pairs()).hasSize(200);
        for (int i = 0; i < 200; i++) {
            AlignedPair pair = diagonal.pairs().get(i);
            assertThat(pair.left()).isEqualTo(i);
            assertThat(pair.right()).isEqualTo(i);
            assertThat(pair.similarity()).isGreaterThan(0.9).isLessThan(1.0);
        }

        Alignment inserted = aligner.align(left, with(right, 100, search("topic 99 statistics extra")));
        assertThat(inserted.rightOnly()).isEqualTo(1);
        assertThat(inserted.leftOnly()).isZero();
        assertThat(inserted.pairs().get(100)).isEqualTo(AlignedPair.rightOnly(100));
        assertThat(inserted.pairs().subList(101, 201)).allSatisfy(pair -> assertThat(pair.right()).isEqualTo(pair.left() + 1));
    }

    @Test
    void rejectsAThresholdOrGapPenaltyOutOfRange() {
        assertThatThrownBy(() -> new StepAligner(0.0, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepAligner(1.5, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepAligner(0.5, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepAligner(Double.NaN, 0.05)).isInstanceOf(IllegalArgumentException.class);
    }
}
