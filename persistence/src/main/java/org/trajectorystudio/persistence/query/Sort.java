package org.trajectorystudio.persistence.query;

import java.util.Objects;

/** A sort order: one column, then import order as the tie-breaker (which makes keyset paging exact). */
public record Sort(SortColumn column, boolean descending) {
    public static final Sort IMPORT_ORDER = new Sort(SortColumn.IMPORT_ORDER, false);

    public Sort {
        Objects.requireNonNull(column, "column");
    }

    public static Sort ascending(SortColumn column) {
        return new Sort(column, false);
    }

    public static Sort descending(SortColumn column) {
        return new Sort(column, true);
    }
}
