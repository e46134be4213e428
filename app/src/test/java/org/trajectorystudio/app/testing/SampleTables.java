package org.trajectorystudio.app.testing;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import org.testfx.api.FxRobot;

/** What the window's sample table shows, as a curator sees it. */
public final class SampleTables {
    private SampleTables() {}

    /** The index of the first row in view, or -1 when the table shows none. */
    public static int firstVisibleRow(FxRobot robot) {
        VirtualFlow<?> flow = robot.lookup("#sample-table .virtual-flow").queryAs(VirtualFlow.class);
        IndexedCell<?> cell = flow.getFirstVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }
}
