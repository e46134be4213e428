package org.trajectorystudio.app.ui;

/**
 * A part of the window that plugs in through {@link WindowContext} (curation, compare, export, preview…), so that the
 * main window only lists the features and each keeps its menus, keys and panes to itself.
 */
@FunctionalInterface
public interface StudioFeature {
    void install(WindowContext context);
}
