package org.trajectorystudio.persistence.importing;

import java.util.List;
import org.trajectorystudio.model.text.Plural;

/**
 * What one import did. {@code rejected}/{@code warnings} list at most {@link #LISTED} lines each (the library keeps
 * all of them with the dataset); the counts are always complete.
 *
 * @param cancelled true when the import was cancelled; the batches committed before stay in the library
 */
public record ImportResult(
        long datasetId,
        String file,
        String format,
        long imported,
        long duplicates,
        long rejectedCount,
        long warningCount,
        List<LineIssue> rejected,
        List<LineIssue> warnings,
        double seconds,
        long bytes,
        boolean cancelled) {

    public static final int LISTED = 1000;

    public ImportResult {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** "5 imported, 1 duplicate, 0 rejected, 2 warnings": the counts as the window and the command line say them. */
    public String counts() {
        return String.format(java.util.Locale.ROOT, "%,d imported, %s, %,d rejected, %s", imported,
                Plural.of(duplicates, "duplicate"), rejectedCount, Plural.of(warningCount, "warning"));
    }

    public double megabytesPerSecond() {
        return seconds <= 0 ? 0 : bytes / 1e6 / seconds;
    }
}
