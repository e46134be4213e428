package org.trajectorystudio.persistence.query;

/**
 * Where the next page starts: the last row's sort value and row key. Opaque to callers: pass back what
 * {@link SamplePage#next()} gave, with the same query.
 */
public record PageCursor(Sort sort, Object value, long seq) {}
