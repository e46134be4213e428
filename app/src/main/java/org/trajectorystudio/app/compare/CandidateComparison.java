package org.trajectorystudio.app.compare;

import java.util.Map;
import org.trajectorystudio.model.compare.CandidateOptions;
import org.trajectorystudio.model.sample.ToolCalls;
import org.trajectorystudio.persistence.curation.RevisionRef;

/**
 * Two candidate actions of one HAS step side by side: their thoughts and actions compared label by label with the
 * words that differ marked, their approximate tokens, how alike they are, and the step's real response (which follows
 * the chosen action only). Built off the FX thread; immutable.
 *
 * @param ref the sample and the revision the options were read from
 */
public record CandidateComparison(RevisionRef ref, CandidateOptions options, CandidateOptions.Pair pair, FieldDiff fields,
        double similarity) {

    public static CandidateComparison of(RevisionRef ref, CandidateOptions options, CandidateOptions.Pair pair) {
        CandidateOptions.Option left = options.option(pair.left());
        CandidateOptions.Option right = options.option(pair.right());
        Map<String, String> leftFields = StepFields.of(left.candidate());
        Map<String, String> rightFields = StepFields.of(right.candidate());
        if (left.candidate().action() instanceof ToolCalls a && right.candidate().action() instanceof ToolCalls b) {
            // Parallel calls are a set: the right's in the order that best follows the left's.
            rightFields.put(StepFields.CALLS, StepFields.calls(StepFields.followOrder(a.calls(), b.calls()), true));
        }
        return new CandidateComparison(ref, options, pair, FieldDiff.of(leftFields, rightFields), options.similarity(pair));
    }

    public CandidateOptions.Option left() {
        return options.option(pair.left());
    }

    public CandidateOptions.Option right() {
        return options.option(pair.right());
    }

    /** Right minus left, approximate tokens. */
    public int tokenDifference() {
        return options.tokenDifference(pair);
    }

    public boolean differs() {
        return fields.differs();
    }
}
