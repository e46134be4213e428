package org.trajectorystudio.model.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ApproximateTokenCounterTest {
    private static final ApproximateTokenCounter COUNTER = ApproximateTokenCounter.INSTANCE;

    @Test
    void countsWordsDigitsPunctuationAndCjk() {
        assertThat(COUNTER.count("")).isZero();
        assertThat(COUNTER.count(null)).isZero();
        assertThat(COUNTER.count("hello world")).isEqualTo(2 + 2);
        assertThat(COUNTER.count("12345")).isEqualTo(2);
        assertThat(COUNTER.count("a,b")).isEqualTo(3);
        assertThat(COUNTER.count("日本語")).isEqualTo(3);
        assertThat(COUNTER.count("ok 😀")).isEqualTo(2);
    }

    /** The fast block-wise loop gives the same figure as the plain per-character rule, across block boundaries. */
    @Test
    void matchesThePerCharacterRuleOnMixedText() {
        SplittableRandom random = new SplittableRandom(3);
        // Non-ASCII digits and lone low and high surrogates too: every class outside the ASCII table.
        String alphabet = "abcXYZ é0123456789 ,.{}\"\n\t日本ß٣\u00a0\udc00\ud800";
        // ASCII only as well: long stretches take the four-character steps and the two lanes.
        String ascii = "abcdefXYZ 0123456789 ,.{}\"\n\t";
        for (int round = 0; round < 400; round++) {
            String letters = round % 2 == 0 ? alphabet : ascii;
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 100 ? 50 : 12_000);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(200) == 0) {
                    text.append("😀");
                } else {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
            }
            assertThat(COUNTER.count(text.toString())).as("round %d", round).isEqualTo(reference(text.toString()));
        }
    }

    /** Real trajectories (JSON with long tool responses, some CJK): the same figure as the per-character rule. */
    @Test
    void matchesThePerCharacterRuleOnRealRecords() throws Exception {
        java.nio.file.Path file = org.trajectorystudio.model.testing.SharedData.file("webdancer_sample_traj.jsonl");
        long compared = 0;
        for (String line : java.nio.file.Files.readAllLines(file)) {
            assertThat(COUNTER.count(line)).isEqualTo(reference(line));
            compared += line.length();
        }
        assertThat(compared).isGreaterThan(1_000_000);
    }

    /** The counter's rule written per character, as it was before the fast path. */
    private static int reference(String text) {
        int tokens = 0;
        int wordChars = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && c < 0x2E80) {
                wordChars++;
                tokens += (digits + 2) / 3;
                digits = 0;
                continue;
            }
            tokens += (wordChars + 3) / 4;
            wordChars = 0;
            if (Character.isDigit(c)) {
                digits++;
                continue;
            }
            tokens += (digits + 2) / 3;
            digits = 0;
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
            tokens++;
        }
        return tokens + (wordChars + 3) / 4 + (digits + 2) / 3;
    }
}
