package org.trajectorystudio.model.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    @Test
    void summarizesMatchesGapsAndTheMeanOfMatchedPairs() {
        Alignment alignment = new Alignment(List.of(
                AlignedPair.match(0, 0, 1.0), AlignedPair.rightOnly(1), AlignedPair.match(1, 2, 0.6),
                AlignedPair.leftOnly(2), AlignedPair.leftOnly(3)));

        assertThat(alignment.matched()).isEqualTo(2);
        assertThat(alignment.leftOnly()).isEqualTo(2);
        assertThat(alignment.rightOnly()).isEqualTo(1);
        assertThat(alignment.meanSimilarity()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void nothingMatchedMeansMeanZero() {
        assertThat(new Alignment(List.of(AlignedPair.leftOnly(0))).meanSimilarity()).isZero();
        assertThat(new Alignment(List.of()).meanSimilarity()).isZero();
    }

    @Test
    void everyStepOfEachSideAppearsOnceInOrder() {
        assertThatThrownBy(() -> new Alignment(List.of(AlignedPair.match(1, 0, 1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left");
        assertThatThrownBy(() -> new Alignment(List.of(AlignedPair.rightOnly(0), AlignedPair.rightOnly(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("right");
    }

    @Test
    void aPairIsValidated() {
        assertThatThrownBy(() -> new AlignedPair(null, null, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignedPair(-1, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignedPair(0, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignedPair(0, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignedPair(0, null, 0.3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AlignedPair.leftOnly(3).isMatch()).isFalse();
        assertThat(AlignedPair.match(3, 4, 0.7).isMatch()).isTrue();
    }
}
