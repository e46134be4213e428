package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {
    @Test
    void everyRunOfWhitespaceIsOneSpaceAndTheEndsAreStripped() {
        assertThat(OneLine.of("  <uploaded_files>\n/workspace/x\n</uploaded_files>\n\n\tI've uploaded  ", 100))
                .isEqualTo("<uploaded_files> /workspace/x </uploaded_files> I've uploaded");
    }

    @Test
    void aLongerLineIsCutToTheLengthWithAnEllipsis() {
        assertThat(OneLine.of("abcdef", 4)).isEqualTo("abc…").hasSize(4);
        assertThat(OneLine.of("abcd", 4)).isEqualTo("abcd");
        assertThat(OneLine.of("abcd \n ", 4)).isEqualTo("abcd");
        assertThat(OneLine.of("abcd e", 4)).isEqualTo("abc…");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(OneLine.of(null, 10)).isEmpty();
        assertThat(OneLine.of(" \n\t ", 10)).isEmpty();
    }
}
