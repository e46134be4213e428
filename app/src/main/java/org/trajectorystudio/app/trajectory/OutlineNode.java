package org.trajectorystudio.app.trajectory;

import java.util.List;

/**
 * One node of a sample's outline: a one-line title for the tree, the full text for the detail pane.
 *
 * @param title one line, short
 * @param detail the full text shown when the node is selected
 * @param chosen true for the HAS candidate that was actually taken
 */
public record OutlineNode(NodeType type, String title, String detail, NodeRef ref, boolean chosen, List<OutlineNode> children) {
    public OutlineNode {
        children = List.copyOf(children);
    }

    public static OutlineNode leaf(NodeType type, String title, String detail, NodeRef ref) {
        return new OutlineNode(type, title, detail, ref, false, List.of());
    }

    /** This node and all below it, depth first. */
    public java.util.stream.Stream<OutlineNode> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), children.stream().flatMap(OutlineNode::flatten));
    }
}
