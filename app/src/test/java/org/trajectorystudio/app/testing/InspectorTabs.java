package org.trajectorystudio.app.testing;

import java.util.function.Predicate;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;

/** The window's inspector tabs, found and brought to the front as a curator does (a tab's panel joins the window then). */
public final class InspectorTabs {
    private InspectorTabs() {}

    public static TabPane inspector(FxRobot robot) {
        return robot.lookup("#inspector").queryAs(TabPane.class);
    }

    public static Tab find(FxRobot robot, Predicate<Tab> which) {
        return inspector(robot).getTabs().stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such inspector tab"));
    }

    /** Selects the first tab that matches, on the FX thread. */
    public static void select(FxRobot robot, Predicate<Tab> which) {
        Tab tab = find(robot, which);
        robot.interact(() -> inspector(robot).getSelectionModel().select(tab));
    }

    public static Predicate<Tab> withId(String id) {
        return tab -> id.equals(tab.getId());
    }

    public static Predicate<Tab> titled(String text) {
        return tab -> text.equals(tab.getText());
    }
}
