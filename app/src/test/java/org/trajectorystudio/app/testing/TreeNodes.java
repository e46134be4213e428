package org.trajectorystudio.app.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.library.SampleTable;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.trajectory.TrajectoryTreeView;
import org.trajectorystudio.app.ui.MainWindow;

/** Shows a sample's trajectory tree and selects its nodes the way a curator does (row clicked; expanded, selected, focused). */
public final class TreeNodes {
    private TreeNodes() {}

    public static TrajectoryTreeView tree(FxRobot robot) {
        return robot.lookup("#trajectory-tree").queryAs(TrajectoryTreeView.class);
    }

    /** Selects the sample's row in the table and waits until the tree shows that sample. */
    public static void showSample(FxRobot robot, MainWindow window, String id) throws TimeoutException {
        SampleTable table = robot.lookup("#sample-table").queryAs(SampleTable.class);
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(id)) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> id.equals(window.selection().sampleId()) && tree(robot).getRoot() != null
                && tree(robot).getRoot().getValue().detail().equals(window.selection().sample().question()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the first node (depth first) that matches and gives the tree the focus. */
    public static void select(FxRobot robot, Predicate<OutlineNode> node) {
        robot.interact(() -> {
            TrajectoryTreeView tree = tree(robot);
            tree.expandAll();
            tree.getSelectionModel().select(find(tree.getRoot(), node));
            tree.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<OutlineNode> find(TreeItem<OutlineNode> item, Predicate<OutlineNode> node) {
        if (node.test(item.getValue())) {
            return item;
        }
        for (TreeItem<OutlineNode> child : item.getChildren()) {
            TreeItem<OutlineNode> found = find(child, node);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
