package org.trajectorystudio.model.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.trajectorystudio.model.compare.Steps.answer;
import static org.trajectorystudio.model.compare.Steps.call;
import static org.trajectorystudio.model.compare.Steps.calls;
import static org.trajectorystudio.model.compare.Steps.decision;
import static org.trajectorystudio.model.compare.Steps.search;
import static org.trajectorystudio.model.compare.Steps.step;
import static org.trajectorystudio.model.compare.Steps.visit;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Plan;
import org.trajectorystudio.model.sample.Reasoning;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.sample.ToolCall;
import org.trajectorystudio.model.testing.RandomSamples;

class StepSimilarityTest {
    private static final double THRESHOLD = StepAligner.DEFAULT_MATCH_THRESHOLD;

    @Test
    void identicalStepsScoreOne() {
        Step step = step("look both up", calls(
                call("search", "{'query':['capital of France','population of Paris']}"),
                call("visit", "{'url':['https://en.wikipedia.org/wiki/Paris'],'goal':'population','depth':2}")));

        assertThat(StepSimilarity.of(step, step)).isEqualTo(1.0);
    }

    @Test
    void reorderedParallelCallsScoreOne() {
        ToolCall search = call("search", "{'query':['Eiffel Tower height']}");
        ToolCall visit = call("visit", "{'url':['https://example.org/eiffel'],'goal':'height'}");
        ToolCall scholar = call("google_scholar", "{'query':['wrought iron lattice']}");

        Step ordered = step("three at once", calls(search, visit, scholar));
        Step reordered = step("three at once", calls(scholar, search, visit));
        Step oneChanged = step("three at once", calls(scholar, search, call("visit", "{'url':['https://other.net/x'],'goal':'age'}")));

        assertThat(StepSimilarity.of(ordered, reordered)).isEqualTo(1.0);
        assertThat(StepSimilarity.of(ordered, oneChanged)).isLessThan(1.0).isGreaterThan(THRESHOLD);
    }

    @Test
    void queryListsAreSetsAndAStringCountsAsAOneItemList() {
        assertThat(StepSimilarity.of(search("alpha beta", "gamma"), search("gamma", "alpha beta"))).isEqualTo(1.0);
        assertThat(StepSimilarity.of(search("alpha beta"), step(calls(call("search", "{'query':'alpha beta'}")))))
                .isEqualTo(1.0);
        // One of two queries kept: the tool (0.6) plus half the arguments (0.4 × 0.5).
        assertThat(StepSimilarity.of(search("alpha beta", "gamma"), search("alpha beta")))
                .isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aChangedSearchQueryIsAlikeButNotTheSame() {
        double reworded = StepSimilarity.of(
                search("population of Paris in 2020"), search("Paris population 2021 census"));
        double unrelated = StepSimilarity.of(search("population of Paris in 2020"), search("zebra migration"));

        assertThat(reworded).isGreaterThan(0.3).isLessThan(1.0);
        assertThat(unrelated).isLessThan(reworded).isGreaterThanOrEqualTo(StepSimilarity.KIND_WEIGHT);
    }

    @Test
    void argumentsCompareKeyByKey() {
        Step base = visit("https://example.org/a", "find the founding year");
        double otherGoal = StepSimilarity.of(base, visit("https://example.org/a", "list the founders"));
        double otherUrlAndGoal = StepSimilarity.of(base, visit("https://unrelated.net/zzz", "list the founders"));
        Step extraKey = step(calls(call("visit", "{'url':['https://example.org/a'],'goal':'find the founding year','page':3}")));

        assertThat(otherGoal).isLessThan(1.0).isGreaterThan(otherUrlAndGoal);
        // Two of three keys equal, the third missing: 0.6 + 0.4 × 2/3.
        assertThat(StepSimilarity.of(base, extraKey)).isCloseTo(0.6 + 0.4 * 2 / 3, within(1e-12));
    }

    @Test
    void scalarsCompareByValue() {
        Step page = step(calls(call("parse_file", "{'page':1,'strict':true}")));

        assertThat(StepSimilarity.of(page, step(calls(call("parse_file", "{'page':1.0,'strict':true}"))))).isEqualTo(1.0);
        assertThat(StepSimilarity.of(page, step(calls(call("parse_file", "{'page':'1','strict':'true'}"))))).isEqualTo(1.0);
        // One of two keys differs: 0.6 + 0.4 × 1/2.
        assertThat(StepSimilarity.of(page, step(calls(call("parse_file", "{'page':2,'strict':true}")))))
                .isCloseTo(0.8, within(1e-12));
    }

    @Test
    void anExtraParallelCallCostsItsShare() {
        Step one = step(calls(call("search", "{'query':['a b c']}")));
        Step two = step(calls(call("search", "{'query':['a b c']}"), call("visit", "{'url':['u'],'goal':'g'}")));

        assertThat(StepSimilarity.of(one, two)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void differentToolsStayBelowTheMatchThreshold() {
        Step search = step(calls(call("search", "{'query':['marie curie nobel']}")));
        Step scholar = step(calls(call("google_scholar", "{'query':['marie curie nobel']}")));

        assertThat(StepSimilarity.of(search, scholar)).isCloseTo(StepSimilarity.OTHER_TOOL_WEIGHT, within(1e-12));
        assertThat(StepSimilarity.of(search, visit("https://x.org", "marie curie nobel"))).isLessThan(THRESHOLD);
    }

    @Test
    void toolNamesAreComparedWithoutCaseOrSeparators() {
        Step snake = step(calls(call("google_scholar", "{'query':['x']}")));
        Step camel = step(calls(call("GoogleScholar", "{'query':['x']}")));

        assertThat(StepSimilarity.of(snake, camel)).isEqualTo(1.0);
    }

    @Test
    void anAnswerAndAToolCallShareNothingEvenWithTheSameWordsAndThought() {
        Step answer = step("I know it", new FinalAnswer("capital of France"));
        Step call = step("I know it", calls(call("search", "{'query':['capital of France']}")));

        assertThat(StepSimilarity.of(answer, call)).isZero();
        assertThat(StepSimilarity.of(call, answer)).isZero();
    }

    @Test
    void answersCompareByNormalizedText() {
        assertThat(StepSimilarity.of(answer("Paris."), answer("  paris"))).isEqualTo(1.0);
        double close = StepSimilarity.of(answer("Marie Curie"), answer("Marie Skłodowska Curie"));
        double different = StepSimilarity.of(answer("Marie Curie"), answer("1889"));
        assertThat(close).isGreaterThan(different).isLessThan(1.0);
        assertThat(different).isGreaterThanOrEqualTo(StepSimilarity.KIND_WEIGHT).isLessThan(0.7);
    }

    @Test
    void textActionsOfDifferentTypesGetOnlyASmallCredit() {
        String text = "first find the birth year, then compute the age";
        assertThat(StepSimilarity.of(step(new Plan(text)), step(new Reasoning(text))))
                .isCloseTo(StepSimilarity.CROSS_TEXT_WEIGHT, within(1e-12));
        assertThat(StepSimilarity.of(step(new Plan(text)), step(new FinalAnswer("zzz qqq")))).isLessThan(0.1);
        assertThat(StepSimilarity.of(step(new Plan(text)), step(new Plan(text)))).isEqualTo(1.0);
    }

    @Test
    void thoughtsWeighLittleAndOnlyWhenBothHaveOne() {
        Step withThought = step("I should look up the tower", calls(call("search", "{'query':['eiffel']}")));
        Step otherThought = step("zzz qqq xxx", calls(call("search", "{'query':['eiffel']}")));
        Step noThought = step(calls(call("search", "{'query':['eiffel']}")));

        double differentThoughts = StepSimilarity.of(withThought, otherThought);
        assertThat(differentThoughts).isGreaterThanOrEqualTo(1.0 - StepSimilarity.THOUGHT_WEIGHT).isLessThan(1.0);
        assertThat(StepSimilarity.of(withThought, noThought)).isEqualTo(1.0);
    }

    @Test
    void aDecisionStepIsTheCandidateItChose() {
        Step plain = step("option thought", calls(call("search", "{'query':['tallest mountain']}")));
        var searchAction = calls(call("search", "{'query':['tallest mountain']}"));
        var visitAction = calls(call("visit", "{'url':['https://k2.example'],'goal':'height'}"));

        assertThat(StepSimilarity.of(decision(1, visitAction, searchAction), plain)).isEqualTo(1.0);
        assertThat(StepSimilarity.of(decision(0, visitAction, searchAction), plain)).isLessThan(THRESHOLD);
    }

    @Test
    void rawArgumentsCompareAsText() {
        Step raw = step(calls(ToolCall.unparsed(null, "search", "{\"query\": [\"eiffel tower\"")));
        Step sameRaw = step(calls(ToolCall.unparsed(null, "search", "{\"query\": [\"eiffel tower\"")));
        Step parsed = step(calls(call("search", "{'query':['eiffel tower']}")));
        Step parsedOther = step(calls(call("search", "{'query':['louvre opening hours']}")));

        assertThat(StepSimilarity.of(raw, sameRaw)).isEqualTo(1.0);
        assertThat(StepSimilarity.of(raw, parsed)).isGreaterThan(StepSimilarity.of(raw, parsedOther)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void largeArraysCompareAsExactMultisets() {
        String numbers = IntStream.range(0, 30).mapToObj(Integer::toString).reduce((a, b) -> a + "," + b).orElseThrow();
        String reversed = IntStream.range(0, 30).map(i -> 29 - i).mapToObj(Integer::toString).reduce((a, b) -> a + "," + b).orElseThrow();
        Step forward = step(calls(call("PythonInterpreter", "{'values':[" + numbers + "]}")));
        Step backward = step(calls(call("PythonInterpreter", "{'values':[" + reversed + "]}")));
        Step oneChanged = step(calls(call("PythonInterpreter", "{'values':[" + numbers.replace("29", "99") + "]}")));

        assertThat(StepSimilarity.of(forward, backward)).isEqualTo(1.0);
        // 29 of 31 distinct values shared: 0.6 + 0.4 × 29/31.
        assertThat(StepSimilarity.of(forward, oneChanged)).isCloseTo(0.6 + 0.4 * 29 / 31, within(1e-12));
    }

    @Test
    void scoresAreBoundedSymmetricAndOneForTheSameStep() {
        List<Step> steps = new RandomSamples(606).list(150).stream().map(Sample::steps).flatMap(List::stream).toList();
        assertThat(steps).hasSizeGreaterThan(100);
        for (int i = 0; i + 1 < steps.size(); i++) {
            Step a = steps.get(i);
            Step b = steps.get(i + 1);
            assertThat(StepSimilarity.of(a, a)).as("self %s", a).isEqualTo(1.0);
            double ab = StepSimilarity.of(a, b);
            assertThat(ab).isBetween(0.0, 1.0).isCloseTo(StepSimilarity.of(b, a), within(1e-9));
        }
    }

    @Test
    void theMatrixEqualsPairwiseScores() {
        List<Step> left = List.of(search("a"), visit("u", "g"), answer("x"));
        List<Step> right = List.of(answer("x"), search("a b"));

        double[][] matrix = StepSimilarity.matrix(left, right);

        assertThat(matrix).hasDimensions(3, 2);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(matrix[i][j]).isEqualTo(StepSimilarity.of(left.get(i), right.get(j)));
            }
        }
    }
}
