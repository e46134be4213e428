package org.trajectorystudio.app.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;

/**
 * Scenes of a window's preferred size, cut to the primary screen's usable area: on a 1024×700 laptop screen the
 * 1440×900 studio and its 1320×860 compare window ran off the screen's edges.
 */
public final class ScreenFit {
    private static final double MARGIN_X = 20;
    private static final double MARGIN_Y = 40;

    private ScreenFit() {}

    public static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(width, screen.getWidth() - MARGIN_X), Math.min(height, screen.getHeight() - MARGIN_Y));
    }
}
