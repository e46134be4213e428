package org.trajectorystudio.app.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Progress;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.persistence.importing.ImportOptions;
import org.trajectorystudio.persistence.importing.ImportProgress;
import org.trajectorystudio.persistence.importing.ImportResult;
import org.trajectorystudio.persistence.library.Library;

/**
 * Imports files in the background with progress and cancel. While an import runs, {@code onRowsChanged} fires at
 * most twice a second so the table shows the first rows at once and fills as batches commit.
 */
public final class ImportController {
    private static final long REFRESH_MILLIS = 500;

    private final Library library;
    private final Tasks tasks;
    private final Notifier notifier;
    private final Runnable onRowsChanged;
    private final Consumer<ImportResult> onReport;
    private Function<String, Optional<String>> messagesKeyPrompt = reason -> Optional.empty();

    /**
     * @param onRowsChanged called on the FX thread when new rows may be visible
     * @param onReport called on the FX thread with a finished import that rejected or warned about lines
     */
    public ImportController(Library library, Tasks tasks, Notifier notifier, Runnable onRowsChanged, Consumer<ImportResult> onReport) {
        this.library = library;
        this.tasks = tasks;
        this.notifier = notifier;
        this.onRowsChanged = onRowsChanged;
        this.onReport = onReport;
    }

    public void importFiles(List<Path> files) {
        for (Path file : files) {
            importFile(file);
        }
    }

    /**
     * Asks where a file keeps its conversation when the studio found none (the window shows a one-field dialog):
     * given the one-line reason, returns the dotted path ({@code --messages-key}) or empty to give up.
     */
    public void setMessagesKeyPrompt(Function<String, Optional<String>> prompt) {
        this.messagesKeyPrompt = prompt;
    }

    public void importFile(Path file) {
        importFile(file, null);
    }

    /** @param messagesKey where each record keeps its conversation, or null to look in the usual places */
    public void importFile(Path file, String messagesKey) {
        String name = file.getFileName().toString();
        tasks.run("Importing " + name, progress -> {
            CancelToken cancel = new CancelToken();
            ImportResult result = library.importFile(file, new ImportOptions(null, 0, messagesKey),
                    new Listener(progress, cancel), cancel);
            new RecentFiles(library.settings()).add(file);
            return result;
        }, result -> finished(name, result), failure -> {
            String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            Optional<String> key = reason.contains("no conversation found") ? messagesKeyPrompt.apply(reason) : Optional.empty();
            if (key.isPresent() && !key.get().isBlank()) {
                importFile(file, key.get().strip());
                return;
            }
            notifier.problem("Cannot import " + name + ": " + reason);
            onRowsChanged.run();
        });
    }

    /** Imports the bundled samples into an empty library, so that a first start shows data. */
    public void importBundledIfEmpty() {
        tasks.run("Checking library", progress -> library.datasets().list().isEmpty(), empty -> {
            if (empty) {
                tasks.run("Preparing bundled samples", progress -> BundledSamples.extractTo(library.dir().resolve("bundled-samples")),
                        this::importFiles, failure -> notifier.unexpected("Preparing the bundled samples", failure));
            }
        }, failure -> notifier.unexpected("Reading the library", failure));
    }

    private void finished(String name, ImportResult result) {
        notifier.info(String.format(Locale.ROOT, "%s: %,d imported, %s, %,d rejected, %s (%.1f s)%s",
                name, result.imported(), org.trajectorystudio.app.ui.Plural.of(result.duplicates(), "duplicate"), result.rejectedCount(),
                org.trajectorystudio.app.ui.Plural.of(result.warningCount(), "warning"), result.seconds(),
                result.cancelled() ? " — cancelled" : ""));
        onRowsChanged.run();
        if (result.rejectedCount() > 0 || result.warningCount() > 0) {
            onReport.accept(result);
        }
    }

    private final class Listener implements org.trajectorystudio.persistence.importing.ImportListener {
        private final Progress progress;
        private final CancelToken cancel;
        private long lastRefresh;

        Listener(Progress progress, CancelToken cancel) {
            this.progress = progress;
            this.cancel = cancel;
        }

        /** Called after each committed batch: the place to hand the user's cancel to the importer. */
        @Override
        public void progress(ImportProgress now) {
            if (progress.isCancelled()) {
                cancel.cancel();
            }
            progress.update(now.fraction(), String.format(Locale.ROOT, "%,d samples · %.1f MB/s", now.records(), now.megabytesPerSecond()));
            long time = System.currentTimeMillis();
            if (time - lastRefresh >= REFRESH_MILLIS || lastRefresh == 0) {
                lastRefresh = time;
                Platform.runLater(onRowsChanged);
            }
        }
    }
}
