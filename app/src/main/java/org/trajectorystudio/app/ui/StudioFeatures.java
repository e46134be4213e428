package org.trajectorystudio.app.ui;

import java.util.List;

/** The features of the studio window, in the order their menus and tabs appear. */
public final class StudioFeatures {
    private StudioFeatures() {}

    public static List<StudioFeature> all() {
        return List.of(new org.trajectorystudio.app.export.ExportFeature());
    }
}
