package org.trajectorystudio.model.format;

import java.util.ArrayList;
import java.util.List;

/** Where a record came from, and the repairs made while reading it (each becomes a warning). */
public final class RecordContext {
    private final long line;
    private final List<String> warnings = new ArrayList<>(0);

    public RecordContext(long line) {
        this.line = line;
    }

    /** 1-based physical line number in the source file. */
    public long line() {
        return line;
    }

    /** Records a repair: the record is still imported, with this warning. */
    public void warn(String reason) {
        warnings.add(reason);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
