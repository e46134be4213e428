package org.trajectorystudio.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The studio window. */
public final class StudioApplication extends Application {
    private static volatile Path libraryOption;

    /** Opens the window and blocks until it is closed. */
    public static void launch(Path library) {
        libraryOption = library;
        Application.launch(StudioApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BorderPane root = new BorderPane(new Label("Trajectory Studio"));
        root.setId("studio-root");
        stage.setTitle("Trajectory Studio");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
