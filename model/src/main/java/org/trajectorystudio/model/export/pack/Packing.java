package org.trajectorystudio.model.export.pack;

import java.util.List;

/**
 * Items packed into fixed-length sequences.
 *
 * @param bins item indices per sequence, in the order the sequences were opened; within one, in the order placed
 * @param efficiency used tokens over the tokens of all sequences (1.0 = no padding)
 */
public record Packing(int capacity, List<int[]> bins, long usedTokens, double efficiency) {
    public Packing {
        bins = List.copyOf(bins);
    }
}
