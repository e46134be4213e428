package org.trajectorystudio.model.flags;

import java.util.Objects;

/**
 * One quality flag raised on a sample.
 *
 * @param step the 1-based step the reason names first, 0 when it concerns the sample as a whole
 * @param score a measure the settings compare against a threshold (the answer's token F1 for
 *     {@link FlagKind#ANSWER_MISMATCH}); 0 for the other kinds
 * @param reason one line that says what is wrong and where
 */
public record QualityFlag(FlagKind kind, int step, double score, String reason) {
    public QualityFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    static QualityFlag at(FlagKind kind, int step, String reason) {
        return new QualityFlag(kind, step, 0, reason);
    }
}
