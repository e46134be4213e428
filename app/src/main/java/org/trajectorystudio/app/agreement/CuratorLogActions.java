package org.trajectorystudio.app.agreement;

import java.nio.file.Path;
import java.util.Locale;
import org.trajectorystudio.app.ui.WindowContext;
import org.trajectorystudio.persistence.curation.LogExportResult;
import org.trajectorystudio.persistence.curation.LogImportResult;
import org.trajectorystudio.persistence.importing.LineIssue;

/** Exports the current annotator's log and imports another curator's, as background tasks with a one-line summary. */
public final class CuratorLogActions {
    private final WindowContext context;
    private final Runnable afterImport;

    /** @param afterImport runs on the FX thread after an import (e.g. to re-measure an open agreement view) */
    public CuratorLogActions(WindowContext context, Runnable afterImport) {
        this.context = context;
        this.afterImport = afterImport;
    }

    private record Exported(String annotator, LogExportResult result) {}

    /** Writes the current annotator's events (the annotator is read off the FX thread, with the log). */
    public void export(Path out) {
        context.tasks().run("Exporting my curation log", progress -> {
            String me = context.library().curation().annotator();
            return new Exported(me, context.library().curationLog().export(out, me));
        }, (Exported done) -> context.notifier().info(String.format(Locale.ROOT, "%,d events by %s written to %s",
                        done.result().events(), done.annotator(), out.getFileName())),
                failure -> context.notifier().problem("Cannot export the log: " + failure.getMessage()));
    }

    public void importLog(Path file) {
        context.tasks().run("Importing " + file.getFileName(),
                task -> context.library().curationLog().importLog(file, task.cancel(), task.progress()), (LogImportResult result) -> {
                    context.refreshAll();
                    afterImport.run();
                    String summary = summary(file, result);
                    if (result.clean()) {
                        context.notifier().info(summary);
                    } else {
                        context.notifier().problem(summary);
                    }
                }, failure -> context.notifier().problem("Cannot import " + file.getFileName() + ": " + failure.getMessage()));
    }

    /** "alice.jsonl: 12 events imported, 3 already known; 1 skipped (line 7: no sample with id …)" */
    static String summary(Path file, LogImportResult result) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %s imported, %,d already known",
                file.getFileName(), org.trajectorystudio.model.text.Plural.of(result.imported(), "event"), result.known()));
        int skipped = result.missingSamples().size() + result.rejected().size();
        if (skipped > 0) {
            LineIssue first = result.rejected().isEmpty() ? result.missingSamples().getFirst() : result.rejected().getFirst();
            text.append(String.format(Locale.ROOT, "; %,d skipped (line %d: %s%s)", skipped, first.line(), first.reason(),
                    skipped > 1 ? ", …" : ""));
        }
        return text.toString();
    }
}
