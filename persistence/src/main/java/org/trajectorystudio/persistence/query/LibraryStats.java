package org.trajectorystudio.persistence.query;

import java.util.Map;
import org.trajectorystudio.model.sample.SampleKind;

/**
 * Counts over the whole library.
 *
 * @param byVerdict keyed by verdict wire name ({@code accepted}, {@code rejected}, {@code needs-edit}) and
 *     {@code unreviewed}
 * @param byDataset keyed by dataset id
 */
public record LibraryStats(
        long samples,
        Map<SampleKind, Long> byKind,
        Map<String, Long> byVerdict,
        Map<Long, Long> byDataset,
        long rated,
        long unrated) {

    public static final String UNREVIEWED = "unreviewed";

    public LibraryStats {
        byKind = Map.copyOf(byKind);
        byVerdict = Map.copyOf(byVerdict);
        byDataset = Map.copyOf(byDataset);
    }
}
