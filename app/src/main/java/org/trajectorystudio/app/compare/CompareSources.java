package org.trajectorystudio.app.compare;

import org.trajectorystudio.persistence.curation.RevisionRef;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.query.SampleSummary;

/** Loads the sides of a comparison from the library. Blocking: call off the FX thread. */
final class CompareSources {
    private CompareSources() {}

    /** The side a reference names, its revision resolved ("latest" becomes the number it is now). */
    static Comparison.Side load(Library library, RevisionRef ref) {
        int revision = ref.revision() != null ? ref.revision() : latestRevision(library, ref.sampleId());
        var sample = library.samples().loadRevision(ref.sampleId(), revision)
                .orElseThrow(() -> new IllegalArgumentException("sample " + ref.sampleId() + " has no revision " + revision));
        return new Comparison.Side(new RevisionRef(ref.sampleId(), revision), sample);
    }

    static int latestRevision(Library library, String sampleId) {
        return library.samples().summary(sampleId).map(SampleSummary::revision)
                .orElseThrow(() -> new IllegalArgumentException("no sample with id " + sampleId));
    }
}
