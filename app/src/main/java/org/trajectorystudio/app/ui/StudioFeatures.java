package org.trajectorystudio.app.ui;

import java.util.List;

/** The features of the studio window, in the order their menus and tabs appear. */
public final class StudioFeatures {
    private StudioFeatures() {}

    public static List<StudioFeature> all() {
        // Compare and Preview change samples through curation's actions, so that Undo takes a promotion or an added
        // candidate back like any edit, and revisions are written in turn with every other curation write.
        var curation = new org.trajectorystudio.app.curation.CurationFeature();
        return List.of(
                curation,
                new org.trajectorystudio.app.agreement.AgreementFeature(),
                new org.trajectorystudio.app.compare.CompareFeature(curation::actions),
                new org.trajectorystudio.app.preview.PreviewFeature(curation::actions),
                new org.trajectorystudio.app.export.ExportFeature(),
                new org.trajectorystudio.app.flags.FlagsFeature(),
                new org.trajectorystudio.app.judge.JudgeFeature(curation::actions),
                new org.trajectorystudio.app.similar.SimilarFeature());
    }
}
