package org.trajectorystudio.persistence.dataset;

import java.time.Instant;

/**
 * One imported source file.
 *
 * @param sha256 the file's SHA-256 (hex), null until a run read the whole file
 * @param status {@code running}, {@code complete}, {@code cancelled} or {@code failed}; a run killed mid-way stays
 *     {@code running} until the file is imported again (which completes it)
 * @param imported samples this dataset brought into the library, over all runs
 * @param duplicates samples of the latest run that were in the library already
 * @param finishedAt null while running
 */
public record DatasetInfo(
        long id,
        String sourcePath,
        long sizeBytes,
        String sha256,
        String format,
        String status,
        Instant startedAt,
        Instant finishedAt,
        long imported,
        long duplicates,
        long rejected,
        long warnings) {

    /** The imported file's name, as the library pane and the export's selection name the dataset. */
    public String fileName() {
        java.nio.file.Path name = java.nio.file.Path.of(sourcePath).getFileName();
        return name == null ? sourcePath : name.toString();
    }
}
