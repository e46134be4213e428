package org.trajectorystudio.app.importing;

import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.importing.LineIssue;

/** Shows the lines an import rejected or repaired: never hidden, each with its line number and reason. */
public final class ImportReportDialog {
    private ImportReportDialog() {}

    public static String text(ImportResult result) {
        StringBuilder text = new StringBuilder();
        if (!result.rejected().isEmpty()) {
            text.append("Rejected lines (not imported):\n")
                    .append(result.rejected().stream().map(ImportReportDialog::line).collect(Collectors.joining("\n"))).append("\n\n");
        }
        if (!result.warnings().isEmpty()) {
            text.append("Imported with repairs:\n")
                    .append(result.warnings().stream().map(ImportReportDialog::line).collect(Collectors.joining("\n")));
        }
        return text.toString().strip();
    }

    private static String line(LineIssue issue) {
        return "  line " + issue.line() + ": " + issue.reason();
    }

    public static void show(ImportResult result) {
        Alert alert = new Alert(result.rejectedCount() > 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.setTitle("Import report");
        alert.setHeaderText(java.nio.file.Path.of(result.file()).getFileName() + ": " + result.rejectedCount() + " rejected, " + result.warningCount() + " with warnings");
        TextArea area = new TextArea(text(result));
        area.setEditable(false);
        area.setWrapText(true); // a long reason wraps under its line number instead of running off to the right
        area.setPrefSize(720, 320);
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
