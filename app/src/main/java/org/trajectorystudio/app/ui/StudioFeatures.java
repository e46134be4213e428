package org.trajectorystudio.app.ui;

import java.util.List;

/** The features of the studio window, in the order their menus and tabs appear. */
public final class StudioFeatures {
    private StudioFeatures() {}

    public static List<StudioFeature> all() {
        return List.of(
                new org.trajectorystudio.app.curation.CurationFeature(),
                new org.trajectorystudio.app.agreement.AgreementFeature(),
                new org.trajectorystudio.app.compare.CompareFeature(),
                new org.trajectorystudio.app.preview.PreviewFeature(),
                new org.trajectorystudio.app.export.ExportFeature());
    }
}
