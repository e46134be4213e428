package org.trajectorystudio.model.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Streams the physical lines of a JSONL file as bytes, never holding more than one line and one read buffer.
 * Accepts a UTF-8 BOM, LF and CRLF endings, blank lines (skipped, but counted) and a missing final newline. A line
 * longer than the size bound is not held: it is read past and comes out as {@link RawLine#oversized}. Not thread-safe.
 */
public final class JsonlLines implements RecordSource {
    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private final long maxLineBytes;
    private byte[] buffer = new byte[CHUNK];
    private int start;
    private int end;
    private boolean eof;
    private long lineNumber;
    private long consumedBytes;
    private RawLine next;

    public JsonlLines(InputStream in) {
        this(in, ReadOptions.DEFAULT_MAX_RECORD_BYTES);
    }

    public JsonlLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean lineByLine() {
        return true;
    }

    /** Bytes of the source consumed so far (for progress). */
    @Override
    public long bytesRead() {
        return consumedBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            RawLine line = readLine();
            if (line == null) {
                return false;
            }
            if (line.isOversized() || !isBlank(line.bytes())) {
                next = line;
            }
        }
        return true;
    }

    @Override
    public RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawLine line = next;
        next = null;
        return line;
    }

    private RawLine readLine() {
        try {
            int scanFrom = start;
            while (true) {
                int i = indexOfNewline(buffer, scanFrom, end);
                if (i >= 0) {
                    return i - start > maxLineBytes ? oversized(i, i + 1) : cut(i, i + 1);
                }
                if (eof) {
                    return start < end ? cut(end, end) : null;
                }
                if (end - start > maxLineBytes) {
                    return skipLine();
                }
                scanFrom = end - start;
                fill();
                scanFrom += start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    /**
     * The index of the first {@code '\n'} in {@code bytes[from, to)}, or -1: eight bytes a step (the zero-byte test on
     * the word XOR newlines, whose lowest flagged byte is exact), which took line splitting, a byte loop the JIT does
     * not vectorise, from about a third of the reader thread's time to little.
     */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long found = (word - ONES) & ~word & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A line over the bound that is already in the buffer: skipped, not copied. */
    private RawLine oversized(int contentEnd, int nextStart) {
        long offset = consumedBytes;
        long size = (contentEnd > start && buffer[contentEnd - 1] == '\r' ? contentEnd - 1 : contentEnd) - start;
        lineNumber++;
        consumedBytes += nextStart - start;
        start = nextStart;
        return RawLine.oversized(lineNumber, offset, size);
    }

    /** Reads past the rest of an over-long line without keeping it; the buffer shrinks back to its normal size. */
    private RawLine skipLine() throws IOException {
        long offset = consumedBytes;
        long size = end - start;
        consumedBytes += size;
        lineNumber++;
        buffer = new byte[CHUNK];
        start = 0;
        end = 0;
        while (true) {
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                eof = true;
                return RawLine.oversized(lineNumber, offset, size);
            }
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    int content = i > 0 && buffer[i - 1] == '\r' ? i - 1 : i;
                    size += content;
                    consumedBytes += i + 1;
                    start = i + 1;
                    end = read;
                    return RawLine.oversized(lineNumber, offset, size);
                }
            }
            size += read;
            consumedBytes += read;
        }
    }

    /** Moves the unread part to the front, grows the buffer for long lines, reads more. */
    private void fill() throws IOException {
        int pending = end - start;
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, pending);
            start = 0;
            end = pending;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
    }

    private RawLine cut(int contentEnd, int nextStart) {
        long offset = consumedBytes;
        int from = start;
        int to = contentEnd;
        if (to > from && buffer[to - 1] == '\r') {
            to--;
        }
        if (lineNumber == 0 && to - from >= 3
                && (buffer[from] & 0xFF) == 0xEF && (buffer[from + 1] & 0xFF) == 0xBB && (buffer[from + 2] & 0xFF) == 0xBF) {
            from += 3;
        }
        lineNumber++;
        consumedBytes += nextStart - start;
        start = nextStart;
        return new RawLine(lineNumber, offset, Arrays.copyOfRange(buffer, from, to));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
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
