package org.trajectorystudio.persistence.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.RatingTarget;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;

class AgreementServiceTest {
    @TempDir
    Path dir;

    @Test
    void threeAnnotatorsArePairedAndOnlyEachOnesLatestSampleJudgmentCounts() throws Exception {
        List<Sample> samples = List.of(TestFiles.decision("q1"), TestFiles.decision("q2"));
        List<String> ids = samples.stream().map(SampleIds::contentId).toList();
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importFile(TestFiles.write(dir.resolve("s.jsonl"), samples));
            Curation ann = library.curation().as("ann");
            Curation bob = library.curation().as("bob");
            Curation cid = library.curation().as("cid");
            ann.verdict(ids.get(0), Verdict.REJECTED);
            ann.verdict(ids.get(0), Verdict.ACCEPTED); // her latest
            ann.verdict(ids.get(1), Verdict.REJECTED);
            bob.verdict(ids.get(0), Verdict.ACCEPTED);
            bob.verdict(ids.get(1), Verdict.REJECTED);
            cid.verdict(ids.get(0), Verdict.ACCEPTED);
            cid.verdict(ids.get(1), Verdict.ACCEPTED);
            ann.rate(RatingTarget.sample(ids.get(0)), 4);
            bob.rate(RatingTarget.sample(ids.get(0)), 4);
            bob.rate(RatingTarget.step(ids.get(0), 1), 1); // step ratings are not sample agreement

            AgreementReport report = library.agreement().report();

            assertThat(report.annotators()).containsExactly("ann", "bob", "cid");
            assertThat(report.items()).isEqualTo(2);
            // ann/bob agree on both with two categories used: p_o = 1, p_e = 1/2 → κ = 1.
            // ann/cid and bob/cid: p_o = 1/2; ann A,R vs cid A,A: p_e = (1·2 + 1·0)/4 = 1/2 → κ = 0.
            assertThat(report.kappas()).extracting(k -> k.first() + "/" + k.second()).containsExactly("ann/bob", "ann/cid", "bob/cid");
            assertThat(report.kappas().get(0).kappa()).isCloseTo(1.0, within(1e-12));
            assertThat(report.kappas().get(1).kappa()).isCloseTo(0.0, within(1e-12));
            assertThat(report.meanKappa()).isCloseTo(1.0 / 3, within(1e-12));
            // One rated unit, both 4: no variation, alpha undefined.
            assertThat(report.alpha().units()).isEqualTo(1);
            assertThat(report.alpha().defined()).isFalse();
            assertThat(report.disagreementIds()).containsExactly(ids.get(1));
        }
    }
}
