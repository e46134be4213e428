package org.trajectorystudio.app.ui;

import java.util.List;

/** The features of the studio window, in the order their menus and tabs appear. */
public final class StudioFeatures {
    private StudioFeatures() {}

    public static List<StudioFeature> all() {
        // Compare promotes HAS options through curation's actions, so that Undo takes a promotion back like any edit.
        var curation = new org.trajectorystudio.app.curation.CurationFeature();
        return List.of(
                curation,
                new org.trajectorystudio.app.agreement.AgreementFeature(),
                new org.trajectorystudio.app.compare.CompareFeature(curation::actions),
                new org.trajectorystudio.app.preview.PreviewFeature(),
                new org.trajectorystudio.app.export.ExportFeature(),
                new org.trajectorystudio.app.flags.FlagsFeature(),
                new org.trajectorystudio.app.judge.JudgeFeature(curation::actions),
                new org.trajectorystudio.app.similar.SimilarFeature());
    }
}
