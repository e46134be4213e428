package org.trajectorystudio.app.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.trajectorystudio.app.importing.ImportReportDialog;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryLocation;

/** The composition root of the window: opens the library and wires the services into the main window. */
public final class StudioApplication extends Application {
    /** The library, opening on its own thread while the toolkit starts (both take a few hundred milliseconds). */
    private static volatile java.util.concurrent.CompletableFuture<Library> opening;
    private Library library;
    private FxTasks tasks;
    private MainWindow window;

    /** Opens the window and blocks until it is closed. */
    public static void launch(Path library) {
        Path dir = LibraryLocation.resolve(library == null ? null : library.toString());
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> Library.open(dir));
        Application.launch(StudioApplication.class);
    }

    @Override
    public void init() {
        // Opening H2 is I/O: init() runs before the FX thread shows anything; the opening started with the launch.
        try {
            library = opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        Theme.LIGHT.apply();
        org.trajectorystudio.persistence.store.Database.guardConnections(new FxThreadGuard(
                place -> System.err.println("studio: a library call on the window's thread (it may freeze the window): " + place)));
        tasks = new FxTasks();
        stage.setTitle("Trajectory Studio — " + library.dir());
        window = show(stage, library, tasks, new StatusNotifier(true), ImportReportDialog::show);
    }

    /** The main window with every feature, shown on {@code stage} and loading its first rows (FX thread). */
    static MainWindow show(Stage stage, Library library, FxTasks tasks, StatusNotifier notifier,
                           java.util.function.Consumer<org.trajectorystudio.persistence.importing.ImportResult> onReport) {
        MainWindow window = new MainWindow(library, tasks, notifier, onReport, StudioFeatures.all());
        stage.setScene(window.scene());
        stage.show();
        window.start();
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        tasks.close();
        library.close();
    }
}
