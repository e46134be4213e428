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
    private static volatile Path libraryOption;
    private Library library;
    private FxTasks tasks;
    private MainWindow window;

    /** Opens the window and blocks until it is closed. */
    public static void launch(Path library) {
        libraryOption = library;
        Application.launch(StudioApplication.class);
    }

    @Override
    public void init() {
        // Opening H2 is I/O: init() runs before the FX thread shows anything.
        library = Library.open(LibraryLocation.resolve(libraryOption == null ? null : libraryOption.toString()));
    }

    @Override
    public void start(Stage stage) {
        Theme.LIGHT.apply();
        org.trajectorystudio.persistence.store.Database.guardConnections(new FxThreadGuard(
                place -> System.err.println("studio: a library call on the window's thread (it may freeze the window): " + place)));
        tasks = new FxTasks();
        window = new MainWindow(library, tasks, new StatusNotifier(true), ImportReportDialog::show, StudioFeatures.all());
        stage.setTitle("Trajectory Studio — " + library.dir());
        stage.setScene(window.scene());
        stage.show();
        window.start();
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
