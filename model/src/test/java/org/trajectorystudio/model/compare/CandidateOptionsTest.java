package org.trajectorystudio.model.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trajectorystudio.model.compare.Steps.answer;
import static org.trajectorystudio.model.compare.Steps.call;
import static org.trajectorystudio.model.compare.Steps.calls;
import static org.trajectorystudio.model.compare.Steps.sample;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.sample.Candidate;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.model.tokens.ApproximateTokenCounter;
import org.trajectorystudio.model.tokens.SampleTokens;

/** The options a candidate comparison offers for a HAS step, built from constructed decision steps. */
class CandidateOptionsTest {
    private static final Candidate SEARCH_MAYORS = new Candidate("Search for the list of mayors first.",
            calls(call("search", "{'query':['list of mayors of Paris']}")));
    private static final Candidate SEARCH_MAYOR = new Candidate("Search for the current mayor directly.",
            calls(call("search", "{'query':['current mayor of Paris']}")));
    private static final Candidate GUESS = new Candidate("I remember it is Anne Hidalgo.", new FinalAnswer("Anne Hidalgo"));

    /** Step 1 plain, step 2 a decision among three options with the second one taken, step 3 the answer. */
    private static Sample sample3() {
        return sample(List.of(
                Steps.search("Paris city hall"),
                Step.decision(List.of(SEARCH_MAYORS, SEARCH_MAYOR, GUESS), 1, "Anne Hidalgo has been mayor of Paris since 2014."),
                answer("Anne Hidalgo")));
    }

    @Test
    void everyCandidateIsAnOptionLabelledWithWhatItDoesAndWhetherItWasChosen() {
        CandidateOptions options = CandidateOptions.of(sample3(), 1);

        assertThat(options.step()).isEqualTo(1);
        assertThat(options.stepCount()).isEqualTo(3);
        assertThat(options.chosen()).isEqualTo(1);
        assertThat(options.observation()).isEqualTo("Anne Hidalgo has been mayor of Paris since 2014.");
        assertThat(options.options()).extracting(CandidateOptions.Option::label)
                .containsExactly("Option 1 · search", "Option 2 · search · chosen", "Option 3 · answer");
        assertThat(options.options()).extracting(CandidateOptions.Option::candidate).containsExactly(SEARCH_MAYORS, SEARCH_MAYOR, GUESS);
        assertThat(options.option(2).tokens()).isPositive()
                .isEqualTo(SampleTokens.candidateTokens(GUESS, ApproximateTokenCounter.INSTANCE));
    }

    @Test
    void theChosenOptionGoesLeftAndTheSelectedOneRightOrElseTheFirstOther() {
        CandidateOptions options = CandidateOptions.of(sample3(), 1);

        assertThat(options.defaultPair(2)).isEqualTo(new CandidateOptions.Pair(1, 2));
        assertThat(options.defaultPair(0)).isEqualTo(new CandidateOptions.Pair(1, 0));
        // Nothing selected, the chosen one itself, or an index that is not an option: the first other option.
        assertThat(options.defaultPair(-1)).isEqualTo(new CandidateOptions.Pair(1, 0));
        assertThat(options.defaultPair(1)).isEqualTo(new CandidateOptions.Pair(1, 0));
        assertThat(options.defaultPair(7)).isEqualTo(new CandidateOptions.Pair(1, 0));

        Sample firstChosen = sample(List.of(Step.decision(List.of(GUESS, SEARCH_MAYOR), 0, null)));
        assertThat(CandidateOptions.of(firstChosen, 0).defaultPair(-1)).isEqualTo(new CandidateOptions.Pair(0, 1));
    }

    @Test
    void tokenDifferenceAndSimilarityCompareTheTwoOptionsShown() {
        CandidateOptions options = CandidateOptions.of(sample3(), 1);
        CandidateOptions.Pair searches = new CandidateOptions.Pair(1, 0);
        CandidateOptions.Pair searchAndAnswer = new CandidateOptions.Pair(1, 2);

        assertThat(options.tokenDifference(searchAndAnswer)).isEqualTo(options.option(2).tokens() - options.option(1).tokens())
                .isNegative();
        // Two searches are alike; a search and an answer share nothing, whatever the thoughts.
        assertThat(options.similarity(searches)).isGreaterThan(0.6).isLessThan(1.0);
        assertThat(options.similarity(searchAndAnswer)).isZero();
        assertThat(options.similarity(new CandidateOptions.Pair(2, 2))).isEqualTo(1.0);
    }

    @Test
    void aStepWithoutTwoCandidatesCannotBeCompared() {
        Sample sample = sample(List.of(
                Steps.search("Paris city hall"),
                Step.decision(List.of(GUESS), 0, null)));

        assertThatThrownBy(() -> CandidateOptions.of(sample, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step 1 of id has no candidate actions (not a HAS decision step)");
        assertThatThrownBy(() -> CandidateOptions.of(sample, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step 2 of id has only one candidate action: nothing to compare");
        assertThatThrownBy(() -> CandidateOptions.of(sample, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("select a step");
        assertThatThrownBy(() -> CandidateOptions.of(sample, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it has 2 steps");
    }

    @Test
    void summariesNameTheToolsOrTheKindOfText() {
        assertThat(CandidateOptions.summary(calls(call("search", "{'query':['a']}"), call("visit", "{'url':['b']}"))))
                .isEqualTo("search, visit");
        assertThat(CandidateOptions.summary(new FinalAnswer("x"))).isEqualTo("answer");
        assertThat(CandidateOptions.summary(calls())).isEqualTo("no call");
    }
}
