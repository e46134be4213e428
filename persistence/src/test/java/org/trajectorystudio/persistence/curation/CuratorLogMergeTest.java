package org.trajectorystudio.persistence.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.agreement.AgreementReport;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * Two curators work on the same six samples in their own libraries (two laptops); their exported logs merge into a
 * third library, and the agreement figures match the ones computed by hand below.
 */
class CuratorLogMergeTest {
    @TempDir
    Path dir;

    private final List<Library> open = new ArrayList<>();
    private List<Sample> fixture;
    private List<String> ids;
    private Path fixtureFile;

    @BeforeEach
    void writeFixture() throws Exception {
        fixture = List.of(TestFiles.decision("Where is the Louvre?"), TestFiles.decision("Who wrote Dune?"),
                TestFiles.decision("How tall is K2?"), TestFiles.decision("When did Rome fall?"),
                TestFiles.decision("What is ricin?"), TestFiles.decision("Who painted Guernica?"));
        ids = fixture.stream().map(SampleIds::contentId).toList();
        fixtureFile = TestFiles.write(dir.resolve("fixture.jsonl"), fixture);
    }

    @AfterEach
    void closeAll() {
        open.forEach(Library::close);
    }

    private Library library(String name) {
        Library library = Library.open(dir.resolve(name));
        open.add(library);
        library.importFile(fixtureFile);
        return library;
    }

    private static final int[] ALICE_RATINGS = {5, 4, 2, 3, 1, 0}; // 0 = not rated
    private static final int[] BOB_RATINGS = {5, 3, 4, 3, 2, 4};
    private static final Verdict A = Verdict.ACCEPTED;
    private static final Verdict R = Verdict.REJECTED;
    private static final Verdict E = Verdict.NEEDS_EDIT;
    private static final Verdict[] ALICE_VERDICTS = {A, A, R, E, R, A};
    private static final Verdict[] BOB_VERDICTS = {A, R, R, E, R, A};

    private void curate(Curation curation, int[] ratings, Verdict[] verdicts) {
        for (int i = 0; i < ids.size(); i++) {
            if (ratings[i] > 0) {
                curation.rate(RatingTarget.sample(ids.get(i)), ratings[i]);
            }
            curation.verdict(ids.get(i), verdicts[i]);
        }
    }

    /** Alice on laptop A, then Bob on laptop B (so every event of Bob's is later), each exporting their log. */
    private record Logs(Path alice, Path bob, Sample aliceEdit, String extraId) {}

    private Logs twoCurators() throws Exception {
        Library laptopA = library("a");
        Curation alice = laptopA.curation().as("alice");
        alice.rate(RatingTarget.sample(ids.get(1)), 2); // changed her mind below: only her latest rating counts
        curate(alice, ALICE_RATINGS, ALICE_VERDICTS);
        alice.rate(RatingTarget.step(ids.get(0), 1), 4);
        alice.addLabel(ids.get(0), "gold");
        alice.note(ids.get(0), "checked on the museum's site");
        Sample original = fixture.get(0);
        Sample edited = original.withSteps(List.of(original.steps().get(0), Step.of("it is in Paris", new FinalAnswer("Paris"), null)));
        alice.revise(ids.get(0), edited);

        Library laptopB = library("b");
        Sample extra = TestFiles.decision("A sample only Bob has");
        laptopB.importFile(TestFiles.write(dir.resolve("extra.jsonl"), List.of(extra)));
        String extraId = SampleIds.contentId(extra);
        Curation bob = laptopB.curation().as("bob");
        curate(bob, BOB_RATINGS, BOB_VERDICTS);
        bob.rate(RatingTarget.sample(extraId), 1);

        Path aliceLog = dir.resolve("alice.jsonl");
        Path bobLog = dir.resolve("bob.jsonl");
        assertThat(laptopA.curationLog().export(aliceLog, "alice").events()).isEqualTo(1 + 5 + 6 + 4);
        assertThat(laptopB.curationLog().export(bobLog, null).events()).isEqualTo(6 + 6 + 1);
        return new Logs(aliceLog, bobLog, edited, extraId);
    }

    @Test
    void twoCuratorsLogsMergeWithoutDuplicatesAndGiveTheHandComputedAgreement() throws Exception {
        Logs logs = twoCurators();
        Library merged = library("merged");
        CurationLog log = merged.curationLog();

        // Bob's log first: Alice's events are all older, so they are logged but leave Bob's current state alone.
        LogImportResult fromBob = log.importLog(logs.bob(), new CancelToken());
        assertThat(fromBob.imported()).isEqualTo(12);
        assertThat(fromBob.missingSamples()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(13);
            assertThat(issue.reason()).contains("no sample with id " + logs.extraId());
        });
        LogImportResult fromAlice = log.importLog(logs.alice(), new CancelToken());
        assertThat(fromAlice.imported()).isEqualTo(16);
        assertThat(fromAlice.rejected()).isEmpty();
        // Her sample ratings (5 + the first one of sample 2) and 6 verdicts are older than Bob's; sample 6's verdict
        // too. The step rating and the label have no rival, so they apply.
        assertThat(fromAlice.superseded()).isEqualTo(6 + 6);

        // Importing both again adds nothing.
        assertThat(log.importLog(logs.bob(), new CancelToken()).imported()).isZero();
        LogImportResult again = log.importLog(logs.alice(), new CancelToken());
        assertThat(again.imported()).isZero();
        assertThat(again.known()).isEqualTo(16);
        assertThat(eventCount(merged)).isEqualTo(28);

        // The current state is the latest by time: Bob's rating and verdict, Alice's step rating, label and edit.
        CurationState louvre = merged.curation().state(ids.get(0));
        assertThat(louvre.rating()).isEqualTo(5);
        assertThat(louvre.stepRatings()).containsExactly(new StepRating(1, null, 4, "alice"));
        assertThat(louvre.labels()).containsExactly("gold");
        assertThat(louvre.notes()).containsExactly("checked on the museum's site");
        assertThat(louvre.revision()).isEqualTo(1);
        assertThat(merged.samples().load(ids.get(0))).contains(logs.aliceEdit().withId(ids.get(0)));
        CurationState dune = merged.curation().state(ids.get(1));
        assertThat(dune.rating()).isEqualTo(3);
        assertThat(dune.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(merged.samples().count(SampleQuery.builder().annotator("alice").build())).isEqualTo(6);

        AgreementReport report = merged.agreement().report();
        assertThat(report.annotators()).containsExactly("alice", "bob");
        assertThat(report.items()).isEqualTo(6);
        /*
         * Krippendorff's alpha, ordinal, by hand. Units with two ratings (sample 6 has only Bob's and drops out):
         *   (5,5) (4,3) (2,4) (3,3) (1,2)  → n = 10 values; n_1 = 1, n_2 = 2, n_3 = 3, n_4 = 2, n_5 = 2.
         * Coincidences (m_u = 2, so each ordered pair adds 1): o_55 = 2, o_33 = 2, o_34 = o_43 = 1, o_24 = o_42 = 1,
         * o_12 = o_21 = 1.
         * Ordinal δ(c,k) = Σ_{g=c..k} n_g − (n_c + n_k)/2:
         *   δ12 = 3 − 1.5 = 1.5   δ13 = 6 − 2 = 4     δ14 = 8 − 1.5 = 6.5   δ15 = 10 − 1.5 = 8.5
         *   δ23 = 5 − 2.5 = 2.5   δ24 = 7 − 2 = 5     δ25 = 9 − 2 = 7
         *   δ34 = 5 − 2.5 = 2.5   δ35 = 7 − 2.5 = 4.5 δ45 = 4 − 2 = 2
         * Σ o·δ² = 2·2.25 + 2·6.25 + 2·25 = 67.
         * Σ n_c·n_k·δ² over unordered pairs = 1·2·2.25 + 1·3·16 + 1·2·42.25 + 1·2·72.25 + 2·3·6.25 + 2·2·25 + 2·2·49
         *   + 3·2·6.25 + 3·2·20.25 + 2·2·4 = 790, ordered 1580.
         * α = 1 − (n − 1)·67 / 1580 = 1 − 603/1580 = 977/1580 ≈ 0.6184.
         */
        assertThat(report.alpha().alpha()).isCloseTo(977.0 / 1580, within(1e-9));
        assertThat(report.alpha().units()).isEqualTo(5);
        assertThat(report.alpha().values()).isEqualTo(10);
        /*
         * Cohen's kappa on verdicts, by hand: Alice A A R E R A, Bob A R R E R A (6 samples in common).
         * p_o = 5/6. Alice: A 3, R 2, E 1; Bob: A 2, R 3, E 1. p_e = (3·2 + 2·3 + 1·1)/36 = 13/36.
         * κ = (30/36 − 13/36) / (23/36) = 17/23 ≈ 0.7391.
         */
        assertThat(report.kappas()).singleElement().satisfies(pair -> {
            assertThat(pair.first()).isEqualTo("alice");
            assertThat(pair.second()).isEqualTo("bob");
            assertThat(pair.items()).isEqualTo(6);
            assertThat(pair.kappa()).isCloseTo(17.0 / 23, within(1e-9));
        });
        assertThat(report.meanKappa()).isCloseTo(17.0 / 23, within(1e-9));
        // Sample 2: accepted vs rejected; sample 3: rated 2 vs 4. Sample 5 (1 vs 2) is within the gap.
        assertThat(report.disagreementIds()).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
        assertThat(report.disagreements()).extracting(d -> d.question()).containsExactlyInAnyOrder("Who wrote Dune?", "How tall is K2?");
        assertThat(merged.samples().count(SampleQuery.builder().ids(report.disagreementIds()).build())).isEqualTo(2);
    }

    @Test
    void importOrderDoesNotChangeTheResultAndMergedLogsExportAgain() throws Exception {
        Logs logs = twoCurators();
        Library merged = library("merged");
        merged.curationLog().importLog(logs.alice(), new CancelToken());
        LogImportResult fromBob = merged.curationLog().importLog(logs.bob(), new CancelToken());
        assertThat(fromBob.superseded()).isZero();
        assertThat(merged.curation().state(ids.get(1)).rating()).isEqualTo(3);
        assertThat(merged.curation().state(ids.get(1)).verdict()).isEqualTo(Verdict.REJECTED);

        // The merged log holds both; exported and imported into Alice's own library, only Bob's events are new.
        Path all = dir.resolve("all.jsonl");
        assertThat(merged.curationLog().export(all, null).events()).isEqualTo(28);
        Library laptopA = open.getFirst();
        LogImportResult back = laptopA.curationLog().importLog(all, new CancelToken());
        assertThat(back.imported()).isEqualTo(12);
        assertThat(back.known()).isEqualTo(16);
        assertThat(laptopA.agreement().report().kappas()).singleElement()
                .satisfies(pair -> assertThat(pair.kappa()).isCloseTo(17.0 / 23, within(1e-9)));
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheRestIsImported() throws Exception {
        Logs logs = twoCurators();
        List<String> lines = new ArrayList<>(Files.readAllLines(logs.alice(), StandardCharsets.UTF_8));
        lines.add(2, "{not json");
        var rating = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(lines.get(0));
        rating.put("uid", "made-up-uid");
        ((tools.jackson.databind.node.ObjectNode) rating.get("payload")).put("score", 9);
        lines.add(rating.toString());
        Path broken = TestFiles.writeLines(dir.resolve("broken.jsonl"), lines);

        Library merged = library("merged");
        LogImportResult result = merged.curationLog().importLog(broken, new CancelToken());

        assertThat(result.imported()).isEqualTo(16);
        assertThat(result.rejected()).hasSize(2);
        assertThat(result.rejected().get(0).line()).isEqualTo(3);
        assertThat(result.rejected().get(0).reason()).startsWith("not valid JSON: Unexpected character ('n'");
        assertThat(result.rejected().get(1).line() + ": " + result.rejected().get(1).reason())
                .isEqualTo("18: a rating is 1 to 5, not 9");
    }

    @Test
    void everyEventHasAUniqueUidThatSurvivesExport() throws Exception {
        Library laptop = library("a");
        CurationEvent event = laptop.curation().as("alice").rate(RatingTarget.sample(ids.get(0)), 4);
        Path out = dir.resolve("log.jsonl");
        laptop.curationLog().export(out, "alice");
        var line = Json.MAPPER.readTree(Files.readAllLines(out).getFirst());
        assertThat(line.get("uid").stringValue()).matches("[0-9a-f-]{36}");
        assertThat(line.get("time").stringValue()).isEqualTo(event.at().toString());
        assertThat(line.get("payload").get("score").intValue()).isEqualTo(4);
        assertThat(laptop.curationLog().export(dir.resolve("none.jsonl"), "nobody").events()).isZero();
    }

    private static long eventCount(Library library) {
        Path out = library.dir().resolve("count.jsonl");
        return library.curationLog().export(out, null).events();
    }

    @Test
    void anUndoneRatingAndVerdictStayUndoneInTheMergedLibrary() throws Exception {
        Library laptop = library("laptop-undo");
        Curation carol = laptop.curation().as("carol");
        carol.rate(RatingTarget.sample(ids.getFirst()), 4);
        carol.verdict(ids.getFirst(), Verdict.ACCEPTED);
        carol.clearRating(RatingTarget.sample(ids.getFirst()));
        carol.clearVerdict(ids.getFirst());
        Path log = dir.resolve("carol.jsonl");
        laptop.curationLog().export(log, "carol");

        Library merged = library("merged-undo");
        assertThat(merged.curationLog().importLog(log, new CancelToken()).imported()).isEqualTo(4);
        CurationState state = merged.curation().state(ids.getFirst());
        assertThat(state.rating()).isNull();
        assertThat(state.verdict()).isNull();
        assertThat(merged.agreement().report().annotators()).isEmpty();
    }
}
