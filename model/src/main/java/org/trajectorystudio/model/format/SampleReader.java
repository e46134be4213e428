package org.trajectorystudio.model.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams a JSONL file as read outcomes: detects (or takes) the format, then reads line by line. Only the lines
 * looked at for detection are buffered. Not thread-safe; for parallel parsing use {@link #lines()} and a
 * {@link RecordParser} per worker.
 */
public final class SampleReader implements Iterator<ReadOutcome>, AutoCloseable {
    private final JsonlLines lines;
    private final Deque<RawLine> lookahead;
    private final RecordParser parser;

    private SampleReader(JsonlLines lines, Deque<RawLine> lookahead, SampleFormat format) {
        this.lines = lines;
        this.lookahead = lookahead;
        this.parser = new RecordParser(format);
    }

    /**
     * Opens a file. With a null {@code format} the format is detected from the first records.
     *
     * @throws FormatNotDetectedException when detection finds nothing it knows
     */
    public static SampleReader open(Path file, SampleFormat format) throws IOException, FormatNotDetectedException {
        return open(Files.newInputStream(file), file.toString(), format);
    }

    public static SampleReader open(InputStream in, String sourceName, SampleFormat format)
            throws FormatNotDetectedException {
        JsonlLines lines = new JsonlLines(in);
        Deque<RawLine> lookahead = new ArrayDeque<>();
        if (format != null) {
            return new SampleReader(lines, lookahead, format);
        }
        List<ObjectNode> records = new ArrayList<>();
        while (records.size() < FormatDetector.SAMPLE_RECORDS && lines.hasNext()) {
            RawLine raw = lines.next();
            lookahead.add(raw);
            try {
                records.add(RecordParser.parseObject(raw));
            } catch (RecordRejectedException ignored) {
                // Unreadable lines are reported when they are read for real, not during detection.
            }
        }
        if (lookahead.isEmpty()) {
            // An empty file has no samples; any format reads it, and reading it yields nothing.
            return new SampleReader(lines, lookahead, Formats.all().getFirst());
        }
        SampleFormat detected = new FormatDetector().detect(records).orElse(null);
        if (detected == null) {
            lines.close();
            throw new FormatNotDetectedException(sourceName + ": cannot tell the format from the first "
                    + lookahead.size() + " lines; name it with --format (" + String.join(", ", Formats.names()) + ")");
        }
        return new SampleReader(lines, lookahead, detected);
    }

    public SampleFormat format() {
        return parser.format();
    }

    /** Bytes of the file consumed so far (for progress). */
    public long bytesRead() {
        return lines.bytesRead();
    }

    /** The raw lines still to read, detection look-ahead first; use instead of this iterator, not beside it. */
    public Iterator<RawLine> lines() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !lookahead.isEmpty() || lines.hasNext();
            }

            @Override
            public RawLine next() {
                return lookahead.isEmpty() ? lines.next() : lookahead.poll();
            }
        };
    }

    public RecordParser parser() {
        return parser;
    }

    @Override
    public boolean hasNext() {
        return !lookahead.isEmpty() || lines.hasNext();
    }

    @Override
    public ReadOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return parser.parse(lookahead.isEmpty() ? lines.next() : lookahead.poll());
    }

    @Override
    public void close() {
        lines.close();
    }
}
