package org.trajectorystudio.model.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionKeyTest {

    @Test
    void caseWhitespaceAndPunctuationDoNotMatter() {
        QuestionKey key = QuestionKey.of("What is the capital of France?");

        assertThat(key.value()).isEqualTo("what is the capital of france");
        assertThat(QuestionKey.of("  what is the CAPITAL of\tFrance ?!\n")).isEqualTo(key);
        assertThat(QuestionKey.of("What is the capital of Germany?")).isNotEqualTo(key);
    }

    @Test
    void compatibilityFormsFoldTogether() {
        assertThat(QuestionKey.of("ＡＢＣ　１２３？")).isEqualTo(QuestionKey.of("abc 123"));
        assertThat(QuestionKey.of("Ⅻ")).isEqualTo(QuestionKey.of("xii"));
    }

    @Test
    void cjkQuestionsKeepTheirCharactersWithoutSpaces() {
        QuestionKey key = QuestionKey.of("北京是哪个国家的首都？");

        assertThat(key.value()).isEqualTo("北京是哪个国家的首都");
        assertThat(QuestionKey.of("北京是哪个国家的首都")).isEqualTo(key);
        // One character of ten changed: 9 shared of 11 distinct.
        assertThat(key.similarity(QuestionKey.of("南京是哪个国家的首都"))).isGreaterThan(0.8);
    }

    @Test
    void aKeyIsItsOwnKey() {
        for (String question : new String[] {"What's up, doc?", "İstanbul'un nüfusu?", "Ⅻ ＡＢＣ", "  ", "北京 Beijing!"}) {
            QuestionKey key = QuestionKey.of(question);
            assertThat(QuestionKey.of(key.value())).as(question).isEqualTo(key);
        }
    }

    @Test
    void similarityIsTokenJaccard() {
        QuestionKey key = QuestionKey.of("Who discovered penicillin and in which year did it happen");

        // One word of ten replaced: 9 shared of 11 distinct.
        QuestionKey reworded = QuestionKey.of("Who discovered penicillin and in which year did this happen?");
        assertThat(key.similarity(reworded)).isEqualTo(9.0 / 11.0);
        assertThat(key.isNearIdentical(reworded)).isTrue();

        QuestionKey other = QuestionKey.of("How tall is the Eiffel Tower");
        assertThat(key.similarity(other)).isZero();
        assertThat(key.isNearIdentical(other)).isFalse();
        assertThat(key.similarity(key)).isEqualTo(1.0);
        assertThat(other.similarity(key)).isEqualTo(key.similarity(other));
    }

    @Test
    void aQuestionWithoutWordsHasTheEmptyKey() {
        assertThat(QuestionKey.of("?? …").value()).isEmpty();
    }
}
