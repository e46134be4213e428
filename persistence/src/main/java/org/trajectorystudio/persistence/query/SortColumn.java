package org.trajectorystudio.persistence.query;

/** The columns a sample list can be sorted by. {@code IMPORT_ORDER} is the order samples entered the library. */
public enum SortColumn {
    IMPORT_ORDER("s.seq", ValueType.LONG),
    ID("s.id", ValueType.TEXT),
    KIND("s.kind", ValueType.TEXT),
    QUESTION("s.question", ValueType.TEXT),
    STEPS("s.steps", ValueType.INT),
    TOOL_CALLS("s.tool_calls", ValueType.INT),
    CANDIDATES("s.candidates", ValueType.INT),
    TOKENS("s.tokens", ValueType.INT),
    JUDGMENT("s.judgment", ValueType.TEXT),
    RATING("s.rating", ValueType.INT),
    VERDICT("s.verdict", ValueType.TEXT),
    LABELS("s.labels", ValueType.TEXT);

    enum ValueType { LONG, INT, TEXT }

    final String sql;
    final ValueType type;

    SortColumn(String sql, ValueType type) {
        this.sql = sql;
        this.type = type;
    }
}
