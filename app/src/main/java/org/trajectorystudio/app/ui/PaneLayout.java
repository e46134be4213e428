package org.trajectorystudio.app.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The window's three panes side by side — library | table and trajectory | inspector dock — with minimum widths that
 * keep each one usable from 1024×700 up, and the two side panes shown or hidden (View menu), as remembered.
 * Side panes keep their width in pixels when the window is resized; the middle one takes the rest.
 */
final class PaneLayout {
    static final double LIBRARY_MIN = 200;
    static final double LIBRARY_WIDTH = 215;
    static final double CENTER_MIN = 420;
    static final double INSPECTOR_MIN = 260;
    static final double INSPECTOR_WIDTH = 270;

    static final String LIBRARY_SETTING = "window.libraryPane";
    static final String INSPECTOR_SETTING = "window.inspector";

    private final SplitPane split = new SplitPane();
    private final Node library;
    private final Node center;
    private final Node inspector;
    private final BooleanProperty libraryShown = new SimpleBooleanProperty(true);
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(true);
    private boolean inspectorHasTabs;

    PaneLayout(javafx.scene.layout.Region library, javafx.scene.layout.Region center, javafx.scene.layout.Region inspector) {
        this.library = library;
        this.center = center;
        this.inspector = inspector;
        library.setMinWidth(LIBRARY_MIN);
        library.setPrefWidth(LIBRARY_WIDTH);
        center.setMinWidth(CENTER_MIN);
        inspector.setMinWidth(INSPECTOR_MIN);
        inspector.setPrefWidth(INSPECTOR_WIDTH);
        SplitPane.setResizableWithParent(library, false);
        SplitPane.setResizableWithParent(inspector, false);
        libraryShown.addListener((obs, old, shown) -> arrange());
        inspectorShown.addListener((obs, old, shown) -> arrange());
        split.widthProperty().addListener((obs, old, width) -> {
            if (old.doubleValue() == 0 && width.doubleValue() > 0) {
                placeDividers(); // the first layout: the side panes at their widths in pixels
            }
        });
        arrange();
    }

    SplitPane node() {
        return split;
    }

    BooleanProperty libraryShownProperty() {
        return libraryShown;
    }

    BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    /** The dock appears once a feature adds its first tab. */
    void inspectorHasTabs() {
        inspectorHasTabs = true;
        arrange();
    }

    private void arrange() {
        java.util.List<Node> items = new java.util.ArrayList<>();
        if (libraryShown.get()) {
            items.add(library);
        }
        items.add(center);
        if (inspectorShown.get() && inspectorHasTabs) {
            items.add(inspector);
        }
        if (!split.getItems().equals(items)) {
            split.getItems().setAll(items);
            placeDividers();
        }
    }

    private void placeDividers() {
        double width = split.getWidth() > 0 ? split.getWidth() : 1440;
        int count = split.getItems().size();
        double[] positions = new double[count - 1];
        int next = 0;
        if (split.getItems().getFirst() == library) {
            positions[next++] = LIBRARY_WIDTH / width;
        }
        if (split.getItems().getLast() == inspector) {
            positions[next] = 1 - INSPECTOR_WIDTH / width;
        }
        split.setDividerPositions(positions);
    }
}
