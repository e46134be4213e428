package org.trajectorystudio.model.format;

/**
 * One physical, non-blank line of a JSONL file as bytes (line terminator and a leading BOM removed).
 *
 * @param line 1-based physical line number
 * @param offset byte offset of the line's start in the file
 */
public record RawLine(long line, long offset, byte[] bytes) {}
