package org.trajectorystudio.model.compare;

import java.util.List;
import org.trajectorystudio.model.compare.StepProfile.CallProfile;
import org.trajectorystudio.model.compare.StepProfile.Calls;
import org.trajectorystudio.model.compare.StepProfile.Text;
import org.trajectorystudio.model.sample.Step;

/**
 * How alike two steps are, in [0, 1], judged on their effective actions (a HAS step counts as its chosen candidate).
 * Deterministic and symmetric up to rounding.
 *
 * <p>Weights:
 * <ul>
 *   <li>A step is its action, blended with its thought at {@link #THOUGHT_WEIGHT} (0.1) when both steps have one:
 *       {@code (1 − 0.1)·action + 0.1·thought}. Actions that share nothing score 0 whatever the thoughts.</li>
 *   <li>Two tool-call actions: their calls as a multiset (parallel calls in any order), matched one to one optimally,
 *       summed and divided by the larger call count, so an extra or missing call costs its share.</li>
 *   <li>Two calls of the same tool: {@link #KIND_WEIGHT} (0.6) for the tool, {@link #CONTENT_WEIGHT} (0.4) times the
 *       arguments' similarity. Of different tools: {@link #OTHER_TOOL_WEIGHT} (0.25) times the arguments' similarity,
 *       which stays below any same-tool pair.</li>
 *   <li>Arguments, structurally: objects by the mean over the union of keys (a key on one side only scores 0), strings
 *       by text similarity, arrays (such as {@code query:[…]}) as unordered multisets matched one to one over the
 *       larger size, a value against an array as a one-item array, other scalars by equality. Raw (invalid JSON)
 *       arguments by the text similarity of the whole argument text.</li>
 *   <li>Two text actions of the same type (answer/answer, plan/plan, reason/reason): 0.6 + 0.4 × text similarity.
 *       Of different text types: {@link #CROSS_TEXT_WEIGHT} (0.25) × text similarity. A tool call against a text
 *       action: 0.</li>
 *   <li>Text similarity: texts normalized (NFKC, lower case, punctuation and spaces collapsed); equal normalized
 *       texts 1.0, else 0.5 × token-set Jaccard + 0.5 × character-trigram Dice.</li>
 * </ul>
 */
public final class StepSimilarity {
    public static final double THOUGHT_WEIGHT = 0.1;
    /** Doing the same kind of thing (the same tool, the same text action) is most of what makes two steps alike. */
    public static final double KIND_WEIGHT = 0.6;
    public static final double CONTENT_WEIGHT = 1.0 - KIND_WEIGHT;
    public static final double OTHER_TOOL_WEIGHT = 0.25;
    public static final double CROSS_TEXT_WEIGHT = 0.25;

    private StepSimilarity() {}

    public static double of(Step left, Step right) {
        return of(StepProfile.of(left), StepProfile.of(right));
    }

    /** All pairs: {@code [i][j]} compares {@code left[i]} with {@code right[j]}; each step is prepared only once. */
    public static double[][] matrix(List<Step> left, List<Step> right) {
        List<StepProfile> rightProfiles = right.stream().map(StepProfile::of).toList();
        double[][] matrix = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            StepProfile leftProfile = StepProfile.of(left.get(i));
            for (int j = 0; j < rightProfiles.size(); j++) {
                matrix[i][j] = of(leftProfile, rightProfiles.get(j));
            }
        }
        return matrix;
    }

    static double of(StepProfile left, StepProfile right) {
        double action = actionSimilarity(left.action(), right.action());
        if (action == 0.0 || left.thought() == null || right.thought() == null) {
            return clamp(action);
        }
        return clamp(blend(action, left.thought().similarity(right.thought()), THOUGHT_WEIGHT));
    }

    private static double actionSimilarity(StepProfile.ActionProfile left, StepProfile.ActionProfile right) {
        return switch (left) {
            case Calls a when right instanceof Calls b -> calls(a.calls(), b.calls());
            case Text a when right instanceof Text b -> a.type().equals(b.type())
                    ? blend(1.0, a.text().similarity(b.text()), CONTENT_WEIGHT)
                    : CROSS_TEXT_WEIGHT * a.text().similarity(b.text());
            default -> 0.0;
        };
    }

    private static double calls(List<CallProfile> left, List<CallProfile> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left.size() == right.size() ? 1.0 : 0.0;
        }
        double[][] weights = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                weights[i][j] = call(left.get(i), right.get(j));
            }
        }
        return Assignment.maxTotal(weights, left.size(), right.size()) / Math.max(left.size(), right.size());
    }

    private static double call(CallProfile left, CallProfile right) {
        double arguments = left.arguments() != null && right.arguments() != null
                ? ArgumentProfile.similarity(left.arguments(), right.arguments())
                : left.flat().similarity(right.flat());
        return left.name().equals(right.name())
                ? blend(1.0, arguments, CONTENT_WEIGHT)
                : OTHER_TOOL_WEIGHT * arguments;
    }

    /** {@code (1 − w)·base + w·other}, written so that base = other = 1 gives exactly 1. */
    private static double blend(double base, double other, double weight) {
        return base - weight * (base - other);
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }
}
