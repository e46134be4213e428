package org.trajectorystudio.app.library;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.trajectorystudio.persistence.library.LibraryChanges;
import org.trajectorystudio.persistence.library.Library;

/**
 * Notices what another process wrote to the library the window has open (a {@code ./studio rate} or {@code import}
 * from a terminal, through H2's mixed mode): polls the library's change marker (two index lookups) once a second on
 * its own daemon thread, and tells the window, on the FX thread, which samples were curated and whether samples were
 * added. A failed poll (a busy or closing library) is tried again at the next tick; {@link #close} stops it.
 */
public final class LibraryWatcher implements AutoCloseable {
    /** How many changed samples are refreshed one by one; more than that and the whole list is re-read. */
    public static final int ROWS = 100;

    /** What the window does with a change. */
    public interface Listener {
        /** FX thread: these samples' curation changed (null: too many to list, re-read everything). */
        void curated(List<String> ids);

        /** FX thread: samples were added (an import). */
        void imported();
    }

    private final LibraryChanges changes;
    private final Library library;
    private final Listener listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("studio-library-watch").factory());
    private LibraryChanges.Marker seen;

    public LibraryWatcher(Library library, Listener listener) {
        this.changes = library.changes();
        this.library = library;
        this.listener = listener;
    }

    /** Starts polling every {@code interval}, from the library as it is now. */
    public void start(Duration interval) {
        timer.execute(this::poll);
        timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            LibraryChanges.Marker now = changes.now();
            if (seen == null || now.equals(seen)) {
                seen = now;
                return;
            }
            library.similar().changed(); // an edit or import here or elsewhere: re-embed behind it (when a model is in use)
            List<String> curated = now.event() > seen.event() ? changes.curatedSince(seen.event(), ROWS + 1) : List.of();
            boolean imported = now.sample() > seen.sample();
            seen = now;
            Platform.runLater(() -> {
                if (imported) {
                    listener.imported();
                }
                if (!curated.isEmpty()) {
                    listener.curated(curated.size() > ROWS ? null : curated);
                }
            });
        } catch (RuntimeException failed) {
            // An exception would end the schedule: the next tick tries again.
            System.getLogger(LibraryWatcher.class.getName()).log(System.Logger.Level.DEBUG, "library poll failed", failed);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** For callers that only want to know that something changed. */
    public static Listener onAnyChange(Consumer<List<String>> curated, Runnable imported) {
        return new Listener() {
            @Override
            public void curated(List<String> ids) {
                curated.accept(ids);
            }

            @Override
            public void imported() {
                imported.run();
            }
        };
    }
}
