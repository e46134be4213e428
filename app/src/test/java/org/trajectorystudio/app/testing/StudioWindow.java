package org.trajectorystudio.app.testing;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.ui.MainWindow;
import org.trajectorystudio.app.ui.StudioFeatures;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.persistence.library.Library;

/**
 * The studio window with every feature over a library folder, for a TestFX test: {@link #show} in its {@code @Start},
 * {@link #close} in its {@code @AfterEach}. Fill the library before (off the FX thread, whose set-up has a time limit).
 */
public record StudioWindow(Library library, FxTasks tasks, StatusNotifier notifier, MainWindow window) implements AutoCloseable {

    public static StudioWindow show(Stage stage, Path libraryDir) {
        Library library = Library.open(libraryDir);
        FxTasks tasks = new FxTasks();
        StatusNotifier notifier = new StatusNotifier(false);
        MainWindow window = new MainWindow(library, tasks, notifier, result -> {}, StudioFeatures.all());
        stage.setScene(window.scene());
        stage.show();
        window.start();
        return new StudioWindow(library, tasks, notifier, window);
    }

    /** Waits (up to a minute: a loaded machine) until {@code condition} holds, then for pending FX events. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        tasks.close();
        library.close();
    }
}
