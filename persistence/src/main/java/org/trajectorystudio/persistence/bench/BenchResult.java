package org.trajectorystudio.persistence.bench;

/**
 * One import benchmark run: the studio import and DuckDB's {@code read_json} into a table, same file, same run.
 *
 * @param ratio studioMBps / peerMBps (the budget asks for at least 1.25 at 1 GB)
 * @param heapPeakMB peak Java heap in use during the studio import
 * @param heapMaxMB the heap limit it ran under (-Xmx)
 */
public record BenchResult(
        String format,
        double sizeMB,
        long samples,
        long imported,
        double studioSeconds,
        double studioMBps,
        double peerSeconds,
        double peerMBps,
        double ratio,
        double heapPeakMB,
        double heapMaxMB) {

    public String toJson() {
        return String.format(java.util.Locale.ROOT,
                "{\"format\":\"%s\",\"sizeMB\":%.1f,\"samples\":%d,\"imported\":%d,\"studioSeconds\":%.2f,"
                        + "\"studioMBps\":%.1f,\"peerSeconds\":%.2f,\"peerMBps\":%.1f,\"ratio\":%.2f,"
                        + "\"heapPeakMB\":%.0f,\"heapMaxMB\":%.0f}",
                format, sizeMB, samples, imported, studioSeconds, studioMBps, peerSeconds, peerMBps, ratio,
                heapPeakMB, heapMaxMB);
    }
}
