package org.trajectorystudio.app.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.trajectorystudio.app.ui.Dialogs;
import org.trajectorystudio.app.ui.notify.Notifier;
import org.trajectorystudio.app.ui.task.Tasks;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.persistence.importing.ImportOptions;
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
    private Supplier<Dialogs> dialogs = () -> Dialogs.FX;
    private Supplier<Window> owner = () -> null;

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
     * Where an import that found no conversation asks for it (one line: the dotted path, {@code --messages-key}):
     * the window's {@link Dialogs}, over {@code owner}. Cancelled or blank gives up.
     */
    public void askWith(Supplier<Dialogs> dialogs, Supplier<Window> owner) {
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** The one question when a file's conversation was not found: where is it (a dotted path)? */
    static Dialogs.Question messagesKeyQuestion(String reason) {
        return new Dialogs.Question("Where is the conversation?", reason, "Key of the messages (a dotted path such as data.dialog):");
    }

    public void importFile(Path file) {
        importFile(file, null);
    }

    /** @param messagesKey where each record keeps its conversation, or null to look in the usual places */
    public void importFile(Path file, String messagesKey) {
        String name = file.getFileName().toString();
        tasks.run("Importing " + name, task -> {
            ImportResult result = library.importFile(file, new ImportOptions(null, 0, messagesKey),
                    new Listener(task.progress()), task.cancel());
            new RecentFiles(library.settings()).add(file);
            return result;
        }, result -> finished(name, result), failure -> {
            String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            Optional<String> key = reason.contains("no conversation found")
                    ? dialogs.get().prompt(owner.get(), messagesKeyQuestion(reason), "") : Optional.empty();
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
        notifier.info(String.format(Locale.ROOT, "%s: %s (%.1f s)%s", name, result.counts(), result.seconds(),
                result.cancelled() ? " — cancelled" : ""));
        onRowsChanged.run();
        if (result.rejectedCount() > 0 || result.warningCount() > 0) {
            onReport.accept(result);
        }
    }

    /** Hands the import's progress to the status bar and, every so often, lets the table show the rows so far. */
    private final class Listener implements ProgressListener {
        private final ProgressListener status;
        private long lastRefresh;

        Listener(ProgressListener status) {
            this.status = status;
        }

        /** Called after each committed batch, so the rows counted are visible to the table's query. */
        @Override
        public void progress(Progress now) {
            status.progress(now);
            long time = System.currentTimeMillis();
            if (time - lastRefresh >= REFRESH_MILLIS || lastRefresh == 0) {
                lastRefresh = time;
                Platform.runLater(onRowsChanged);
            }
        }
    }
}
