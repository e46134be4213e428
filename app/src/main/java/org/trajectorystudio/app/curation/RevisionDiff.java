package org.trajectorystudio.app.curation;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;
import org.trajectorystudio.model.edit.CanonicalText;
import org.trajectorystudio.model.sample.Sample;

/** Unified diffs of two revisions' canonical JSON (one field per line); pure, runs off the FX thread. */
public final class RevisionDiff {
    private static final int CONTEXT = 3;

    private RevisionDiff() {}

    /** The unified diff from {@code older} to {@code newer}, or a line saying they are the same. */
    public static String unified(String olderName, Sample older, String newerName, Sample newer) {
        List<String> from = CanonicalText.of(older).lines().toList();
        List<String> to = CanonicalText.of(newer).lines().toList();
        var patch = DiffUtils.diff(from, to);
        if (patch.getDeltas().isEmpty()) {
            return "(no change from " + olderName + ")\n";
        }
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(olderName, newerName, from, patch, CONTEXT)) + "\n";
    }
}
