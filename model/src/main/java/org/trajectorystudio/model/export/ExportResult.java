package org.trajectorystudio.model.export;

import java.nio.file.Path;
import org.trajectorystudio.model.export.manifest.Manifest;

/**
 * What an export did.
 *
 * @param exported records written (training and validation)
 * @param dropped samples over the token budget that were not exported
 * @param truncated exported records cut at a step boundary
 * @param deduplicated exact duplicates plus samples over the per-question limit
 * @param skipped samples of a kind the format cannot express
 * @param tokens tokens of the exported records
 * @param validationOut null when there is no validation split
 * @param report the manifest as written to {@code manifest} (token histogram, packing, sources)
 */
public record ExportResult(
        long read, long exported, long dropped, long truncated, long deduplicated, long skipped, long tokens,
        Path out, Path validationOut, Path manifest, Manifest report) {}
