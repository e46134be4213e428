package org.trajectorystudio.app.compare;

import org.trajectorystudio.model.compare.AlignedPair;

/**
 * One row of the compare view: an aligned pair of steps, each side with its diff marks. Both sides sit in one row so
 * that they always have the same height and scroll together.
 *
 * @param differs a gap, or a pair whose texts differ anywhere
 */
public record CompareRow(AlignedPair pair, StepPanel left, StepPanel right, boolean differs) {}
