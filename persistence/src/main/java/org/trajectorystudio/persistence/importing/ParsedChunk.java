package org.trajectorystudio.persistence.importing;

import java.util.List;
import org.trajectorystudio.persistence.store.SampleRow;

/** A run of consecutive source lines after parsing: rows to insert and the lines' issues, in file order. */
record ParsedChunk(List<SampleRow> rows, List<LineIssue> rejected, List<LineIssue> warnings, int lines, long bytesAfter) {
    /** The file was read to its end. */
    static final ParsedChunk END = new ParsedChunk(List.of(), List.of(), List.of(), 0, -1);
    /** Reading stopped because the import was cancelled. */
    static final ParsedChunk CANCELLED = new ParsedChunk(List.of(), List.of(), List.of(), 0, -1);

    boolean isEnd() {
        return this == END || this == CANCELLED;
    }
}
