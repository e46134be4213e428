package org.trajectorystudio.persistence.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An import benchmark: the studio import and DuckDB's {@code read_json} into a table, same file, same process, one or
 * more rounds. The headline figures are each contender's median round.
 *
 * @param studioMBps the studio's median round
 * @param peerMBps DuckDB's median round
 * @param ratio studioMBps / peerMBps (the budget asks for at least 1.25 at 1 GB)
 * @param heapPeakMB peak Java heap in use during any studio import
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
        double heapMaxMB,
        List<Round> rounds) {

    /** One round; {@code peerFirst} says which contender ran first in it. */
    public record Round(int round, boolean peerFirst, double studioSeconds, double studioMBps, double peerSeconds,
                        double peerMBps, double heapPeakMB) {}

    public BenchResult {
        rounds = List.copyOf(rounds);
    }

    static BenchResult of(String format, double sizeMB, long samples, long imported, List<Round> rounds,
                          double heapPeakMB, double heapMaxMB) {
        double studioSeconds = median(rounds.stream().map(Round::studioSeconds).toList());
        double peerSeconds = median(rounds.stream().map(Round::peerSeconds).toList());
        double studioMBps = sizeMB / studioSeconds;
        double peerMBps = sizeMB / peerSeconds;
        return new BenchResult(format, sizeMB, samples, imported, studioSeconds, studioMBps, peerSeconds, peerMBps,
                studioMBps / peerMBps, heapPeakMB, heapMaxMB, rounds);
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
        return String.format(Locale.ROOT,
                "{\"format\":\"%s\",\"sizeMB\":%.1f,\"samples\":%d,\"imported\":%d,\"studioSeconds\":%.2f,"
                        + "\"studioMBps\":%.1f,\"peerSeconds\":%.2f,\"peerMBps\":%.1f,\"ratio\":%.2f,"
                        + "\"heapPeakMB\":%.0f,\"heapMaxMB\":%.0f,\"rounds\":%s}",
                format, sizeMB, samples, imported, studioSeconds, studioMBps, peerSeconds, peerMBps, ratio,
                heapPeakMB, heapMaxMB, roundsJson);
    }
}
