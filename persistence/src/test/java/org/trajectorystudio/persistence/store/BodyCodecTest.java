package org.trajectorystudio.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.model.sample.Sample;

class BodyCodecTest {
    private final BodyCodec codec = new BodyCodec();

    @Test
    void roundTripsEdgeCases() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length : new int[] {0, 1, 4, 5, 12, 13, 15, 16, 17, 270, 65_536, 70_000, 300_000}) {
            byte[] noise = new byte[length];
            random.nextBytes(noise);
            assertThat(BodyCodec.decompress(codec.compress(noise))).isEqualTo(noise);
            byte[] runs = new byte[length];
            for (int i = 0; i < length; i++) {
                runs[i] = (byte) (i / 300 % 3);
            }
            assertThat(BodyCodec.decompress(codec.compress(runs))).isEqualTo(runs);
        }
    }

    @Test
    void shrinksTrajectoriesAndDecodesThemEqual() {
        for (Sample sample : TestFiles.synthetic(20, 3)) {
            byte[] canonical = BodyCodec.canonicalWithoutId(sample);
            byte[] stored = codec.encode(sample);
            assertThat(stored.length).isLessThan(canonical.length * 3 / 4);
            assertThat(BodyCodec.decode("x", stored)).isEqualTo(sample.withId("x"));
        }
        byte[] text = "abcabcabcabcabcabcabcabcabcabcabcabcabcabc the end".getBytes(StandardCharsets.UTF_8);
        assertThat(BodyCodec.decompress(codec.compress(text))).isEqualTo(text);
    }

    @Test
    void aDamagedBodyIsOneClearError() {
        byte[] stored = codec.compress(new byte[1000]);
        stored[stored.length - 3] = 99;
        assertThatThrownBy(() -> BodyCodec.decompress(new byte[] {7, 0, 0, 0, 1})).isInstanceOf(LibraryException.class);
        assertThatThrownBy(() -> BodyCodec.decompress(java.util.Arrays.copyOf(stored, 6))).isInstanceOf(LibraryException.class);
    }
}
