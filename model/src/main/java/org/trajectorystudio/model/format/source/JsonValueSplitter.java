package org.trajectorystudio.model.format.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.RecordSource;

/**
 * Cuts a JSON text into its records without parsing them: the elements of a top-level array, or a sequence of
 * top-level values (one pretty-printed object, or several). A byte scan that tracks only string/escape state and
 * nesting depth, so each record comes out as its own bytes with the line it starts on, and a record over the size
 * bound is read past without being held (Jackson's streaming parser would have to build it to know its size).
 * Parsing each record stays with the record parser, as for JSONL. Holds one record and one read buffer.
 */
final class JsonValueSplitter implements RecordSource {
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final boolean array;
    private final long maxRecordBytes;
    private final byte[] buffer = new byte[CHUNK];
    private int position;
    private int length;
    private long base;
    private long line = 1;
    private boolean started;
    private boolean done;
    private ByteArrayOutputStream record = new ByteArrayOutputStream();
    private RawLine next;

    /** @param array true for the elements of a top-level array, false for a sequence of top-level values */
    JsonValueSplitter(InputStream in, boolean array, long maxRecordBytes) {
        this.in = in;
        this.array = array;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public long bytesRead() {
        return base + position;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRecord();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawLine record = next;
        next = null;
        return record;
    }

    private boolean fill() throws IOException {
        base += length;
        position = 0;
        length = Math.max(0, in.read(buffer, 0, buffer.length));
        return length > 0;
    }

    private RawLine readRecord() throws IOException {
        while (true) {
            if (position == length && !fill()) {
                return null;
            }
            byte b = buffer[position];
            if (b == '\n') {
                line++;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                // between records
            } else if (array && !started && b == '[') {
                started = true;
            } else if (array && b == ',') {
                // between elements
            } else if (array && b == ']') {
                position++;
                return null;
            } else {
                break;
            }
            position++;
        }
        long startLine = line;
        long offset = bytesRead();
        record.reset();
        long size = 0;
        boolean keep = true;
        int depth = 0;
        boolean inString = false;
        boolean escape = false;
        boolean first = true;
        int segment = position;
        while (true) {
            if (position == length) {
                size += position - segment;
                if (keep) {
                    record.write(buffer, segment, position - segment);
                    if (record.size() > maxRecordBytes) {
                        keep = false;
                        record = new ByteArrayOutputStream();
                    }
                }
                segment = 0;
                if (!fill()) {
                    break;
                }
            }
            byte b = buffer[position];
            if (b == '\n') {
                line++;
            }
            if (inString) {
                if (escape) {
                    escape = false;
                } else if (b == '\\') {
                    escape = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0 && !first) {
                    break;
                }
                depth--;
                if (depth <= 0) {
                    position++;
                    break;
                }
            } else if (depth == 0 && !first && (b == ',' || b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
                break;
            }
            first = false;
            position++;
        }
        size += position - segment;
        if (keep) {
            record.write(buffer, segment, position - segment);
        }
        if (!keep || size > maxRecordBytes) {
            record = new ByteArrayOutputStream();
            return RawLine.oversized(startLine, offset, size);
        }
        return new RawLine(startLine, offset, record.toByteArray());
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
