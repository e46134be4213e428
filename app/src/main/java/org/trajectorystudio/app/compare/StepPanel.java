package org.trajectorystudio.app.compare;

import java.util.List;

/**
 * One side of a compared row: the step's title and its texts with their diff marks, or a gap.
 *
 * @param step 0-based step index, or -1 for a gap (this side has no counterpart step)
 */
public record StepPanel(int step, String title, List<Field> fields) {

    /** One text of a step (thought, tool calls, response, answer…) as segments of shared and changed text. */
    public record Field(String label, List<InlineDiff.Segment> segments) {
        public boolean changed() {
            return segments.stream().anyMatch(InlineDiff.Segment::changed);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            segments.forEach(segment -> text.append(segment.text()));
            return text.toString();
        }
    }

    public static StepPanel gap() {
        return new StepPanel(-1, "", List.of());
    }

    public boolean isGap() {
        return step < 0;
    }
}
