package org.trajectorystudio.persistence.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenIdsTest {
    @Test
    void everyWrittenIdIsSeenAndUnwrittenOnesAlmostNever() {
        WrittenIds written = new WrittenIds();
        for (int i = 0; i < 100_000; i++) {
            written.add("sha256:" + Integer.toHexString(i * 7919));
            written.add("sha256:" + Integer.toHexString(i * 7919)); // twice: counted once, no growth of its own
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(written.mightContain("sha256:" + Integer.toHexString(i * 7919))).isTrue();
        }
        int maybes = 0;
        for (int i = 0; i < 100_000; i++) {
            maybes += written.mightContain("other-" + i) ? 1 : 0;
        }
        assertThat(maybes).isZero(); // 64-bit hashes: a collision among 2e5 ids has odds of about 1e-9
    }
}
