package org.trajectorystudio.persistence.importing;

/**
 * Where a running import stands, reported after each committed batch (so the rows counted here are visible to
 * queries already).
 *
 * @param records lines read so far (imported + duplicates + rejected)
 * @param totalBytes the file's size; {@code bytesRead / totalBytes} is the fraction done
 */
public record ImportProgress(
        long records,
        long imported,
        long duplicates,
        long rejected,
        long bytesRead,
        long totalBytes,
        double seconds) {

    public double fraction() {
        return totalBytes <= 0 ? 1.0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }

    public double recordsPerSecond() {
        return seconds <= 0 ? 0 : records / seconds;
    }

    public double megabytesPerSecond() {
        return seconds <= 0 ? 0 : bytesRead / 1e6 / seconds;
    }
}
