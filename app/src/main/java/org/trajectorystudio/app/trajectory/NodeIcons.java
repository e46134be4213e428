package org.trajectorystudio.app.trajectory;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One icon per node type, so that structure reads at a glance. */
final class NodeIcons {
    private NodeIcons() {}

    static FontIcon icon(OutlineNode node) {
        FontIcon icon = new FontIcon(ikon(node.type()));
        icon.getStyleClass().addAll("node-icon", "node-icon-" + node.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return icon;
    }

    static Ikon ikon(NodeType type) {
        return switch (type) {
            case SAMPLE -> Material2AL.ACCOUNT_TREE;
            case SYSTEM -> Material2MZ.SETTINGS;
            case TOOLS, TOOL_SPEC -> Material2AL.HANDYMAN;
            case QUESTION -> Material2AL.HELP_OUTLINE;
            case KNOWLEDGE, KNOWLEDGE_ITEM -> Material2MZ.MENU_BOOK;
            case STEP -> Material2AL.DIRECTIONS_WALK;
            case USER -> Material2AL.ACCOUNT_CIRCLE;
            case THOUGHT -> Material2AL.LIGHTBULB;
            case TOOL_CALL -> Material2AL.BUILD;
            case TOOL_RESPONSE -> Material2AL.INPUT;
            case PLAN -> Material2AL.ASSIGNMENT;
            case REASONING -> Material2MZ.PSYCHOLOGY;
            case ANSWER -> Material2AL.CHECK_CIRCLE;
            case CANDIDATE -> Material2AL.ALT_ROUTE;
            case REFERENCE_ANSWER -> Material2AL.FACT_CHECK;
            case JUDGMENT -> Material2AL.GAVEL;
            case FLAG -> Material2AL.FLAG;
        };
    }
}
