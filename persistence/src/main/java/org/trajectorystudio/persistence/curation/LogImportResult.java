package org.trajectorystudio.persistence.curation;

import java.util.List;
import org.trajectorystudio.persistence.importing.LineIssue;

/**
 * What importing a curator's log did.
 *
 * @param imported new events appended to this library's log
 * @param known events whose uid the library already had (skipped: importing twice adds nothing)
 * @param superseded of the imported, those older than this library's current rating, verdict or label of the same
 *     target: logged, but the current state stays
 * @param missingSamples events for samples this library does not hold, one line each (skipped)
 * @param rejected lines that could not be read, one line each (skipped)
 */
public record LogImportResult(String file, long lines, long imported, long known, long superseded,
        List<LineIssue> missingSamples, List<LineIssue> rejected) {
    public LogImportResult {
        missingSamples = List.copyOf(missingSamples);
        rejected = List.copyOf(rejected);
    }

    public boolean clean() {
        return missingSamples.isEmpty() && rejected.isEmpty();
    }
}
