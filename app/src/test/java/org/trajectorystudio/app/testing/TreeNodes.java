package org.trajectorystudio.app.testing;

import java.util.function.Predicate;
import javafx.scene.control.TreeItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trajectorystudio.app.trajectory.OutlineNode;
import org.trajectorystudio.app.trajectory.TrajectoryTreeView;

/** Selects a node of the window's trajectory tree the way a curator does (expanded, selected, focused). */
public final class TreeNodes {
    private TreeNodes() {}

    public static TrajectoryTreeView tree(FxRobot robot) {
        return robot.lookup("#trajectory-tree").queryAs(TrajectoryTreeView.class);
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
