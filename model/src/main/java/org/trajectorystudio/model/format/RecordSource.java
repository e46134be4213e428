package org.trajectorystudio.model.format;

import java.util.Iterator;

/**
 * The records of one source file as raw JSON, in order, whatever the container (JSONL, a JSON array, a ZIP, a
 * Parquet file). Holds at most one record (up to the size bound) and a read buffer. Not thread-safe.
 */
public interface RecordSource extends Iterator<RawLine>, AutoCloseable {

    /** Bytes of the file consumed so far (for progress); may lag behind for compressed or indexed containers. */
    long bytesRead();

    /** True when each record is one line of the file (JSONL): messages about the records then count lines. */
    default boolean lineByLine() {
        return false;
    }

    @Override
    void close();
}
