package org.trajectorystudio.persistence.curation;

/**
 * @param annotator whose events were exported; null = everyone's
 * @param events lines written
 */
public record LogExportResult(String file, String annotator, long events, long bytes) {}
