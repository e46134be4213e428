package org.trajectorystudio.persistence.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An import benchmark: the studio import and DuckDB's {@code read_json} into a table on the same file. The headline
 * is the cold run (each a fresh process, whole-process time); warm rounds in one process are shown beside it.
 *
 * @param studioMBps the headline studio figure: the cold run's, else the median warm round's
 * @param peerMBps DuckDB's, the same way
 * @param ratio studioMBps / peerMBps (the budget asks for at least 1.25 at 1 GB, cold)
 * @param cold the cold run, or null when none ran
 * @param warmStudioMBps the median warm round (NaN without rounds)
 * @param heapPeakMB peak Java heap in use during any warm studio import (0 without rounds)
 * @param heapMaxMB the heap limit the warm rounds ran under (-Xmx)
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
        Cold cold,
        double warmStudioMBps,
        double warmPeerMBps,
        double warmRatio,
        double heapPeakMB,
        double heapMaxMB,
        List<Round> rounds) {

    /** One warm round; {@code peerFirst} says which contender ran first in it. */
    public record Round(int round, boolean peerFirst, double studioSeconds, double studioMBps, double peerSeconds,
                        double peerMBps, double heapPeakMB) {}

    /**
     * The cold run: whole-process wall and CPU seconds of each contender, and the seconds each reported for its own
     * work (the studio's import, DuckDB's statement).
     */
    public record Cold(double studioSeconds, double studioCpuSeconds, double studioImportSeconds, long imported,
                       double peerSeconds, double peerCpuSeconds, double peerStatementSeconds, double sizeMB) {
        public double studioMBps() {
            return sizeMB / studioSeconds;
        }

        public double peerMBps() {
            return sizeMB / peerSeconds;
        }

        public double ratio() {
            return peerSeconds / studioSeconds;
        }
    }

    public BenchResult {
        rounds = List.copyOf(rounds);
    }

    static BenchResult of(String format, double sizeMB, long samples, long imported, Cold cold, List<Round> rounds,
                          double heapPeakMB, double heapMaxMB) {
        double warmStudio = rounds.isEmpty() ? Double.NaN : median(rounds.stream().map(Round::studioSeconds).toList());
        double warmPeer = rounds.isEmpty() ? Double.NaN : median(rounds.stream().map(Round::peerSeconds).toList());
        double studioSeconds = cold != null ? cold.studioSeconds() : warmStudio;
        double peerSeconds = cold != null ? cold.peerSeconds() : warmPeer;
        return new BenchResult(format, sizeMB, samples, imported, studioSeconds, sizeMB / studioSeconds, peerSeconds,
                sizeMB / peerSeconds, peerSeconds / studioSeconds, cold, sizeMB / warmStudio, sizeMB / warmPeer,
                warmPeer / warmStudio, heapPeakMB, heapMaxMB, rounds);
    }

    /** The middle value; the mean of the two middle ones for an even count. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public String toJson() {
        String roundsJson = rounds.stream().map(round -> String.format(Locale.ROOT,
                        "{\"round\":%d,\"peerFirst\":%b,\"studioMBps\":%.1f,\"peerMBps\":%.1f,\"heapPeakMB\":%.0f}",
                        round.round(), round.peerFirst(), round.studioMBps(), round.peerMBps(), round.heapPeakMB()))
                .collect(Collectors.joining(",", "[", "]"));
        String coldJson = cold == null ? "null" : String.format(Locale.ROOT,
                "{\"studioSeconds\":%.2f,\"studioCpuSeconds\":%.2f,\"studioImportSeconds\":%.2f,\"peerSeconds\":%.2f,"
                        + "\"peerCpuSeconds\":%.2f,\"peerStatementSeconds\":%.2f,\"ratio\":%.2f}",
                cold.studioSeconds(), cold.studioCpuSeconds(), cold.studioImportSeconds(), cold.peerSeconds(),
                cold.peerCpuSeconds(), cold.peerStatementSeconds(), cold.ratio());
        return String.format(Locale.ROOT,
                "{\"format\":\"%s\",\"sizeMB\":%.1f,\"samples\":%d,\"imported\":%d,\"studioSeconds\":%.2f,"
                        + "\"studioMBps\":%.1f,\"peerSeconds\":%.2f,\"peerMBps\":%.1f,\"ratio\":%.2f,\"cold\":%s,"
                        + "\"warmStudioMBps\":%.1f,\"warmPeerMBps\":%.1f,\"warmRatio\":%.2f,"
                        + "\"heapPeakMB\":%.0f,\"heapMaxMB\":%.0f,\"rounds\":%s}",
                format, sizeMB, samples, imported, studioSeconds, studioMBps, peerSeconds, peerMBps, ratio, coldJson,
                warmStudioMBps, warmPeerMBps, warmRatio, heapPeakMB, heapMaxMB, roundsJson).replace("NaN", "null");
    }
}
