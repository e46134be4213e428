package org.trajectorystudio.model.flags;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which flag kinds a curator wants raised, and the token-F1 threshold below which a final answer that is not an
 * exact match of the reference counts as a mismatch. Flags are stored whatever the settings; these decide what is
 * shown, filtered and queued, so changing them needs no re-scan.
 */
public record FlagSettings(Set<FlagKind> enabled, double answerF1Threshold) {
    public static final double DEFAULT_F1_THRESHOLD = 0.5;

    public FlagSettings {
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
        if (!(answerF1Threshold >= 0 && answerF1Threshold <= 1)) {
            throw new IllegalArgumentException("the answer F1 threshold must be between 0 and 1, was " + answerF1Threshold);
        }
    }

    public static FlagSettings defaults() {
        return new FlagSettings(EnumSet.allOf(FlagKind.class), DEFAULT_F1_THRESHOLD);
    }

    /** True when this stored flag is switched on and, for an answer mismatch, below the threshold. */
    public boolean raises(QualityFlag flag) {
        return enabled.contains(flag.kind())
                && (flag.kind() != FlagKind.ANSWER_MISMATCH || flag.score() < answerF1Threshold);
    }

    /** The flags of these that are raised. */
    public List<QualityFlag> raised(List<QualityFlag> flags) {
        return flags.stream().filter(this::raises).toList();
    }

    public FlagSettings with(FlagKind kind, boolean on) {
        EnumSet<FlagKind> kinds = enabled.isEmpty() ? EnumSet.noneOf(FlagKind.class) : EnumSet.copyOf(enabled);
        if (on) {
            kinds.add(kind);
        } else {
            kinds.remove(kind);
        }
        return new FlagSettings(kinds, answerF1Threshold);
    }
}
