package org.trajectorystudio.persistence.query;

import java.util.Map;
import org.trajectorystudio.model.sample.SampleKind;

/**
 * Counts over the whole library.
 *
 * @param byVerdict keyed by verdict wire name ({@code accepted}, {@code rejected}, {@code needs-edit}) and
 *     {@code unreviewed}
 * @param byDataset the samples of each dataset's file in the library, keyed by dataset id: those it brought in and
 *     those an earlier dataset had brought (a sample in two files counts in both, so these may add up to more than
 *     {@code samples})
 * @param sharedByDataset of those, the ones an earlier dataset brought in; only datasets that have some
 */
public record LibraryStats(
        long samples,
        Map<SampleKind, Long> byKind,
        Map<String, Long> byVerdict,
        Map<Long, Long> byDataset,
        Map<Long, Long> sharedByDataset,
        long rated,
        long unrated) {

    public static final String UNREVIEWED = "unreviewed";

    public LibraryStats {
        byKind = Map.copyOf(byKind);
        byVerdict = Map.copyOf(byVerdict);
        byDataset = Map.copyOf(byDataset);
        sharedByDataset = Map.copyOf(sharedByDataset);
    }
}
