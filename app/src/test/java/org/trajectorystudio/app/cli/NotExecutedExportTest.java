package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.BundledFiles;
import org.trajectorystudio.model.edit.NotExecuted;
import org.trajectorystudio.model.edit.SampleEdits;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.persistence.curation.Verdict;
import org.trajectorystudio.persistence.library.Library;
import tools.jackson.databind.JsonNode;

/**
 * Making another HAS option the action taken marks the step's response and all after it as not executed, and an
 * export cuts the trajectory before that step: no action is written next to a response it did not get.
 */
class NotExecutedExportTest {
    @TempDir
    Path dir;

    @Test
    void anExportCutsAPromotedTrajectoryBeforeThePromotedStep() throws Exception {
        Path library = dir.resolve("library");
        Sample has001 = BundledFiles.sample("has_decision.jsonl", "has-001");
        try (Library open = Library.open(library)) {
            open.importFile(BundledFiles.file("has_decision.jsonl"));
            Sample promoted = SampleEdits.promote(open.curation().latest("has-001"), 1, 0);
            assertThat(NotExecuted.from(promoted)).hasValue(1);
            // Making the same option chosen again is no change and no mark.
            assertThat(NotExecuted.from(SampleEdits.promote(has001, 1, has001.steps().get(1).chosen()))).isEmpty();
            open.curation().revise("has-001", promoted);
            open.curation().verdict("has-001", Verdict.ACCEPTED);
        }
        Path out = dir.resolve("out.jsonl");
        InspectCommandTest.Run run = InspectCommandTest.studio("--library", library.toString(), "export", "--out", out.toString(),
                "--format", "chat", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("exported").intValue()).isEqualTo(1);
        assertThat(run.json().get("notExecutedCut").intValue()).isEqualTo(1);

        // One revision numbering: the window and the curation log call the edit r1, and so does the manifest.
        JsonNode manifest = Json.MAPPER.readTree(Files.readString(Path.of(run.json().get("manifest").stringValue())));
        assertThat(manifest.get("samples").get(0).get("revision").intValue()).isEqualTo(1);
        // The manifest counts the cut, beside the other reasons a record differs from the sample.
        assertThat(manifest.get("counts").get("cutBeforeNotExecuted").intValue()).isEqualTo(1);

        List<JsonNode> lines = Files.readAllLines(out).stream().map(Json.MAPPER::readTree).toList();
        JsonNode messages = lines.getFirst().get("messages");
        String all = Json.write(messages);
        // system, question, step 1 and its real response; nothing of step 2 (whose response answered another action).
        assertThat(messages).hasSize(4);
        assertThat(all).contains(has001.steps().getFirst().observation().substring(0, 40))
                .doesNotContain(has001.steps().get(1).observation().substring(0, 40))
                .doesNotContain(has001.steps().get(1).candidates().getFirst().thought());
    }
}
