package org.trajectorystudio.app.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.trajectorystudio.app.ui.notify.StatusNotifier;
import org.trajectorystudio.app.ui.task.FxTasks;
import org.trajectorystudio.persistence.library.Library;

/**
 * The window's part of the AOT cache's training run: the main window on JavaFX's headless platform (no display
 * needed), on a library that has samples, until its first rows and first sample are shown. Loading and linking
 * JavaFX's, AtlantaFX's, RichTextFX's and the window's classes from their jars was most of a window's start; the
 * cache then holds them and their profiles. Platform-specific classes (GTK, …) are still loaded at start.
 */
public final class WindowTraining {
    private WindowTraining() {}

    public static void run(Path libraryDir) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (Library library = Library.open(libraryDir); FxTasks tasks = new FxTasks()) {
            CompletableFuture<MainWindow> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    Theme.LIGHT.apply();
                    // No dialogs: nobody is there to close an error window.
                    shown.complete(StudioApplication.show(new Stage(), library, tasks, new StatusNotifier(false), result -> {}));
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
                }
            });
            MainWindow window = shown.get(60, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && onFx(() -> window.selection().sample() == null)) {
                Thread.sleep(50);
            }
            Thread.sleep(500); // the first sample's tree and detail lay out
            onFx(() -> {
                window.stop();
                return true;
            });
        } finally {
            Platform.exit();
        }
    }

    private static boolean onFx(java.util.function.Supplier<Boolean> question) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.get()));
        return answer.get(30, TimeUnit.SECONDS);
    }
}
