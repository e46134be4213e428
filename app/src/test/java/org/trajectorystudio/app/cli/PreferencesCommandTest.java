package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.BundledFiles;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.FinalAnswer;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.Step;
import org.trajectorystudio.persistence.curation.Curation;
import org.trajectorystudio.persistence.curation.PreferenceOutcome;
import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.library.Library;
import tools.jackson.databind.JsonNode;

/** {@code preferences --out FILE}: preference pairs from the curation log of a real library with the bundled HAS samples. */
class PreferencesCommandTest {
    @TempDir
    Path dir;

    private Path library;

    @BeforeEach
    void importSamples() throws Exception {
        library = dir.resolve("library");
        Sample has001 = BundledFiles.sample("has_decision.jsonl", "has-001");
        Path variant = BundledFiles.write(dir.resolve("variant.jsonl"), List.of(BundledFiles.has001Variant(has001, "has-001-b")));
        for (Path file : List.of(BundledFiles.file("has_decision.jsonl"), BundledFiles.file("fas_planning.jsonl"), variant)) {
            InspectCommandTest.Run run = studio("import", file.toString(), "--json");
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        }
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    /** Preferences as the compare view stores them; the library is closed again before the command opens it. */
    private void prefer() throws Exception {
        try (Library open = Library.open(library)) {
            Curation curation = open.curation().as("ann");
            curation.prefer(RevisionRef.latest("has-001"), RevisionRef.latest("has-001-b"), PreferenceOutcome.LEFT, "first look");
            // The same pair the other way round, later: this one wins, so has-001-b is chosen.
            curation.prefer(RevisionRef.latest("has-001-b"), RevisionRef.latest("has-001"), PreferenceOutcome.LEFT, "checked the source");
            curation.prefer(RevisionRef.latest("has-001"), RevisionRef.latest("fasp-011"), PreferenceOutcome.TIE, "");
            curation.prefer(RevisionRef.latest("has-002"), RevisionRef.latest("has-003"), PreferenceOutcome.RIGHT, "not the same question");
            Sample original = open.samples().load("has-001").orElseThrow();
            List<Step> steps = new java.util.ArrayList<>(original.steps());
            steps.set(steps.size() - 1, Step.of("Her birth certificate says Washington.", new FinalAnswer("Washington, D.C."), null));
            open.curation().revise("has-001", original.withSteps(steps));
            curation.prefer(new RevisionRef("has-001", 0), RevisionRef.latest("has-001"), PreferenceOutcome.RIGHT, "fixed the answer");
        }
    }

    @Test
    void theLatestPreferenceOfEachPairIsExportedTiesAndOtherQuestionsAreCounted() throws Exception {
        prefer();
        Path out = dir.resolve("out").resolve("pairs.jsonl");

        InspectCommandTest.Run run = studio("preferences", "--out", out.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        assertThat(json.get("exported").intValue()).isEqualTo(2);
        assertThat(json.get("ties").intValue()).isEqualTo(1);
        assertThat(json.get("differentQuestions").intValue()).isEqualTo(1);
        assertThat(json.get("superseded").intValue()).isEqualTo(1);
        assertThat(json.get("out").stringValue()).isEqualTo(out.toAbsolutePath().toString());

        List<JsonNode> lines = Files.readAllLines(out).stream().map(Json.MAPPER::readTree).toList();
        assertThat(lines).hasSize(2);
        JsonNode variantWins = lines.getFirst();
        assertThat(variantWins.get("question").stringValue()).startsWith("The American co-recipient of the 2020 Nobel Prize");
        assertThat(variantWins.get("chosenId").stringValue()).isEqualTo("has-001-b");
        assertThat(variantWins.get("rejectedId").stringValue()).isEqualTo("has-001");
        assertThat(variantWins.get("reason").stringValue()).isEqualTo("checked the source");
        assertThat(variantWins.get("chosen").get(0).get("role").stringValue()).isEqualTo("system");
        assertThat(variantWins.get("chosen").get(1).get("content").stringValue()).isEqualTo(variantWins.get("question").stringValue());
        assertThat(last(variantWins.get("chosen"))).contains("Washington, D.C., United States");
        assertThat(last(variantWins.get("rejected"))).contains("Hilo, Hawaii");
        assertThat(variantWins.get("rejected").get(2).get("weight").intValue()).isEqualTo(1);

        JsonNode revision = lines.get(1);
        assertThat(revision.get("chosenId").stringValue()).isEqualTo("has-001");
        assertThat(revision.get("chosenRevision").intValue()).isEqualTo(1);
        assertThat(revision.get("rejectedRevision").intValue()).isZero();
        // chat messages are structured (template rendering): the answer is the assistant content itself
        assertThat(last(revision.get("chosen"))).isEqualTo("Washington, D.C.");
        assertThat(last(revision.get("rejected"))).contains("Hilo, Hawaii");
    }

    @Test
    void textOutputSaysWhatWasWrittenAndSkipped() throws Exception {
        prefer();
        InspectCommandTest.Run run = studio("preferences", "--out", dir.resolve("pairs.jsonl").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("exported 2 preference pairs and 0 step-level DPO rows")
                .contains("skipped 1 tie, 1 pair with different questions; 1 older preference superseded");
    }

    @Test
    void aStepLevelPreferenceIsADpoRowWithThePromptUpToThatStepAndTheTwoOptions() throws Exception {
        try (Library open = Library.open(library)) {
            Curation curation = open.curation().as("ann");
            // At step 2, option 2 (open Wikipedia) over option 1; an earlier opposite view of the same pair is superseded.
            curation.preferStep(RevisionRef.latest("has-001"), 2, 1, 2, "first look");
            curation.preferStep(RevisionRef.latest("has-001"), 2, 2, 1, "the article has the birthplace");
            assertThat(open.curation().revisions("has-001")).hasSize(1);
        }
        Path out = dir.resolve("dpo.jsonl");
        InspectCommandTest.Run run = studio("preferences", "--out", out.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("stepPairs").intValue()).isEqualTo(1);
        assertThat(run.json().get("superseded").intValue()).isEqualTo(1);

        Sample has001 = BundledFiles.sample("has_decision.jsonl", "has-001");
        List<JsonNode> lines = Files.readAllLines(out).stream().map(Json.MAPPER::readTree).toList();
        assertThat(lines).hasSize(1);
        JsonNode row = lines.getFirst();
        JsonNode prompt = row.get("prompt");
        // system, question, step 1's action taken (option 2 of 4) and its real response: the conversation before step 2.
        assertThat(prompt).hasSize(4);
        assertThat(prompt.get(0).get("role").stringValue()).isEqualTo("system");
        assertThat(prompt.get(1).get("content").stringValue()).isEqualTo(has001.question());
        assertThat(prompt.get(2).get("role").stringValue()).isEqualTo("assistant");
        assertThat(prompt.get(2).get("content").stringValue()).contains(has001.steps().getFirst().candidates().get(1).thought());
        assertThat(prompt.get(3).get("content").stringValue()).contains(has001.steps().getFirst().observation());
        assertThat(row.get("chosen")).hasSize(1);
        assertThat(row.get("chosen").get(0).get("role").stringValue()).isEqualTo("assistant");
        assertThat(row.get("chosen").get(0).get("content").stringValue()).contains(has001.steps().get(1).candidates().get(1).thought());
        assertThat(row.get("rejected").get(0).get("content").stringValue()).contains(has001.steps().get(1).candidates().get(0).thought())
                .doesNotContain(has001.steps().get(1).observation());
        assertThat(row.get("step").intValue()).isEqualTo(2);
        assertThat(row.get("chosenOption").intValue()).isEqualTo(2);
        assertThat(row.get("rejectedOption").intValue()).isEqualTo(1);
        assertThat(row.get("reason").stringValue()).isEqualTo("the article has the birthplace");
        assertThat(row.get("annotator").stringValue()).isEqualTo("ann");
    }

    @Test
    void noPreferencesWriteAnEmptyFile() throws Exception {
        Path out = dir.resolve("empty.jsonl");
        InspectCommandTest.Run run = studio("preferences", "--out", out.toString(), "--json");
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("exported").intValue()).isZero();
        assertThat(Files.size(out)).isZero();
    }

    @Test
    void anUnwritableOutOrAMissingOptionIsOneLineExitTwo() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        InspectCommandTest.Run run = studio("preferences", "--out", notAFolder.resolve("pairs.jsonl").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).contains("cannot write").doesNotContain("\n");

        InspectCommandTest.Run missing = studio("preferences");
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("--out");
    }

    private static String last(JsonNode messages) {
        return messages.get(messages.size() - 1).get("content").stringValue();
    }
}
