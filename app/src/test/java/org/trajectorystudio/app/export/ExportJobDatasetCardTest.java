package org.trajectorystudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.cli.ExitCode;
import org.trajectorystudio.app.cli.StudioCommand;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.app.ui.task.TaskScope;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.budget.OverBudget;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleQuery;

/**
 * The dialog's export (its {@link ExportJob}, which the Export button runs) with Parquet into a folder that already
 * holds someone's README.md: the README stays byte-identical, the card goes beside the training set, and the
 * dialog's summary says so. Also packs and clusters as the dialog's choices ask, to show the manifest records both.
 */
class ExportJobDatasetCardTest {
    @TempDir
    Path dir;

    @Test
    void theDialogsExportKeepsAForeignReadmeAndSaysWhereTheCardWent() throws Exception {
        Path libraryDir = dir.resolve("library");
        int imported = StudioCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "--library", libraryDir.toString(), "import", SharedData.file("webdancer_sample_traj.jsonl").toString());
        assertThat(imported).isEqualTo(ExitCode.OK);
        Path folder = Files.createDirectories(dir.resolve("hub"));
        Path readme = folder.resolve("README.md");
        byte[] ours = "---\nlicense: mit\n---\n# Our own card\n".getBytes(StandardCharsets.UTF_8);
        Files.write(readme, ours);
        Path out = folder.resolve("dialog.jsonl");
        ExportChoices choices = new ExportChoices(ExportChoices.Scope.LIBRARY, false, 0, null, ExportChoices.Stage.STAGE_1, 32_768,
                OverBudget.DROP, "approx", "chatml", ExportFormat.CPT_TEXT, true, 32_768, 1, true, 0, 0, out.toString(), true);

        ExportJob.Outcome outcome;
        try (Library library = Library.open(libraryDir)) {
            outcome = new ExportJob(library, SampleQuery.all(), choices, "test").export(TaskScope.none());
        }

        Path card = folder.resolve("dialog.jsonl.README.md");
        assertThat(Files.readAllBytes(readme)).isEqualTo(ours);
        assertThat(outcome.hub().card()).isEqualTo(card);
        assertThat(outcome.hub().keptReadme()).isEqualTo(readme);
        assertThat(Files.readString(card)).contains("path: \"dialog.parquet\"").contains("**near-duplicate threshold**: 0.8")
                .contains("sequences of 32,768 tokens, efficiency");
        assertThat(ExportDialog.summaryText(outcome)).contains("Dataset card: " + card
                + " (README.md there is not a card the studio wrote, or was edited: left as it was)");
    }
}
