package org.trajectorystudio.app.trajectory;

import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The trajectory tree: question → steps → thought / calls / response → answer → judgment; HAS options as branches. */
public final class TrajectoryTreeView extends TreeView<OutlineNode> {

    public TrajectoryTreeView() {
        setId("trajectory-tree");
        setShowRoot(true);
        setCellFactory(tree -> new OutlineCell());
    }

    /**
     * Shows an outline: steps expanded one level, HAS steps with their options visible. When the same sample is shown
     * again (a new revision), the node that was selected stays selected.
     */
    public void show(OutlineNode outline) {
        TreeItem<OutlineNode> selectedItem = getSelectionModel().getSelectedItem();
        OutlineNode selectedNode = selectedItem == null ? null : selectedItem.getValue();
        boolean sameSample = getRoot() != null && getRoot().getValue().title().equals(outline.title());
        TreeItem<OutlineNode> root = item(outline);
        root.setExpanded(true);
        for (TreeItem<OutlineNode> child : root.getChildren()) {
            child.setExpanded(child.getValue().type() == NodeType.STEP);
        }
        setRoot(root);
        TreeItem<OutlineNode> again = sameSample && selectedNode != null ? find(root, selectedNode) : null;
        if (again != null) {
            for (TreeItem<OutlineNode> parent = again.getParent(); parent != null; parent = parent.getParent()) {
                parent.setExpanded(true);
            }
        }
        getSelectionModel().select(again == null ? root : again);
    }

    private static TreeItem<OutlineNode> find(TreeItem<OutlineNode> item, OutlineNode like) {
        if (item.getValue().type() == like.type() && item.getValue().ref().equals(like.ref())) {
            return item;
        }
        for (TreeItem<OutlineNode> child : item.getChildren()) {
            TreeItem<OutlineNode> found = find(child, like);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public void clear() {
        setRoot(null);
    }

    public void expandAll() {
        setExpanded(getRoot(), true);
    }

    public void collapseAll() {
        setExpanded(getRoot(), false);
        if (getRoot() != null) {
            getRoot().setExpanded(true);
        }
    }

    private static void setExpanded(TreeItem<OutlineNode> item, boolean expanded) {
        if (item == null) {
            return;
        }
        item.setExpanded(expanded);
        item.getChildren().forEach(child -> setExpanded(child, expanded));
    }

    private static TreeItem<OutlineNode> item(OutlineNode node) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        for (OutlineNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private static final class OutlineCell extends TreeCell<OutlineNode> {
        @Override
        protected void updateItem(OutlineNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("chosen-candidate", "other-candidate");
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.title());
            setGraphic(NodeIcons.icon(node));
            if (node.type() == NodeType.CANDIDATE) {
                getStyleClass().add(node.chosen() ? "chosen-candidate" : "other-candidate");
            }
        }
    }
}
