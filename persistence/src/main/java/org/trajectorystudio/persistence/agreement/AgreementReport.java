package org.trajectorystudio.persistence.agreement;

import java.util.List;
import org.trajectorystudio.model.agreement.AlphaResult;
import org.trajectorystudio.model.agreement.KappaResult;

/**
 * Agreement between the library's annotators, from each one's latest sample-level rating and verdict per sample.
 *
 * @param annotators everyone who rated or judged a sample, by name
 * @param items samples rated or judged by at least two annotators (the ones agreement is measured on)
 * @param alpha Krippendorff's alpha of the sample-level ratings, ordinal metric
 * @param kappas Cohen's kappa of the verdicts for every pair of annotators with samples in common
 * @param meanKappa the mean of the defined pairwise kappas (the one kappa when there are two annotators); NaN if none
 * @param disagreements samples with different verdicts or ratings {@value AgreementService#RATING_GAP}+ apart
 */
public record AgreementReport(List<String> annotators, int items, AlphaResult alpha, List<KappaResult> kappas,
        double meanKappa, List<Disagreement> disagreements) {

    public AgreementReport {
        annotators = List.copyOf(annotators);
        kappas = List.copyOf(kappas);
        disagreements = List.copyOf(disagreements);
    }

    /** The same report with each disagreement's question filled in. */
    public AgreementReport withQuestions(java.util.Map<String, String> questions) {
        return new AgreementReport(annotators, items, alpha, kappas, meanKappa, disagreements.stream()
                .map(d -> new Disagreement(d.sampleId(), questions.getOrDefault(d.sampleId(), d.question()), d.ratings(), d.verdicts()))
                .toList());
    }

    public List<String> disagreementIds() {
        return disagreements.stream().map(Disagreement::sampleId).toList();
    }
}
