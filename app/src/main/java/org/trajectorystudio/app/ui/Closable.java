package org.trajectorystudio.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The way every secondary window of the studio closes: a Close button at the bottom right and Esc. */
public final class Closable {
    private Closable() {}

    /** {@code content} with a Close button under it (id {@code window-close}) that hides {@code stage}. */
    public static Parent withCloseButton(Parent content, Stage stage) {
        Button close = new Button("Close");
        close.setId("window-close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.hide());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(0, 10, 10, 10));
        BorderPane pane = new BorderPane(content);
        pane.setBottom(bar);
        return pane;
    }

    /** Esc hides the stage, whatever has the focus in it (a filter, so a focused table or text field cannot eat it). */
    public static void escapeCloses(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                event.consume();
            }
        });
    }
}
