package org.trajectorystudio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The UI tests' ground: JavaFX's headless platform with TestFX's glass robot types and clicks for real. */
@ExtendWith(ApplicationExtension.class)
class HeadlessPlatformTest {
    private Button button;

    @Start
    void start(Stage stage) {
        TextField field = new TextField();
        field.setId("field");
        button = new Button("go");
        button.setId("go");
        button.setOnAction(event -> button.setText(field.getText().toUpperCase()));
        stage.setScene(new Scene(new VBox(field, button), 300, 200));
        stage.show();
    }

    @Test
    void typesAndClicksThroughTheGlassRobot(FxRobot robot) {
        robot.clickOn("#field").write("hello");
        robot.clickOn("#go");
        assertThat(button.getText()).isEqualTo("HELLO");
    }
}
