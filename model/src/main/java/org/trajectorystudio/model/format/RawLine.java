package org.trajectorystudio.model.format;

/**
 * One record of a source as the bytes of its JSON (for JSONL one physical, non-blank line with its terminator and a
 * leading BOM removed; for other containers the record's JSON text).
 *
 * @param line 1-based physical line number where the record starts (for a ZIP or Parquet source: the record's
 *     1-based index)
 * @param offset byte offset of the record's start in the source
 * @param bytes the record's JSON; empty when the record was too big to hold and was skipped
 * @param skippedBytes the size of a record that was over the size bound and was skipped unread, else 0
 */
public record RawLine(long line, long offset, byte[] bytes, long skippedBytes) {

    public RawLine(long line, long offset, byte[] bytes) {
        this(line, offset, bytes, 0);
    }

    /** A record over the size bound, skipped without being held. */
    public static RawLine oversized(long line, long offset, long size) {
        return new RawLine(line, offset, new byte[0], size);
    }

    public boolean isOversized() {
        return skippedBytes > 0;
    }
}
