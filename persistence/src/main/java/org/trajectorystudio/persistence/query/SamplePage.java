package org.trajectorystudio.persistence.query;

import java.util.List;
import java.util.Optional;

/** One page of a sample list; {@code next} is empty on the last page. */
public record SamplePage(List<SampleSummary> rows, Optional<PageCursor> next) {
    public SamplePage {
        rows = List.copyOf(rows);
    }
}
