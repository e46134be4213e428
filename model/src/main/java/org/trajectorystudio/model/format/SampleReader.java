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
import org.trajectorystudio.model.format.source.Containers;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams a source file as read outcomes: opens its container ({@link Containers}), detects (or takes) the format,
 * then reads record by record. Only the records looked at for detection are buffered, at most
 * {@link FormatDetector#SAMPLE_RECORDS} and about {@link #DETECTION_BYTES}. Not thread-safe; for parallel parsing use
 * {@link #lines()} and a {@link RecordParser} (or {@link #format()}) per worker.
 */
public final class SampleReader implements Iterator<ReadOutcome>, AutoCloseable {
    /** Detection stops buffering records once it holds this many bytes (it always looks at one record). */
    public static final long DETECTION_BYTES = 8L << 20;

    private final RecordSource lines;
    private final Deque<RawLine> lookahead;
    private final RecordParser parser;
    private final Detection detection;

    private SampleReader(RecordSource lines, Deque<RawLine> lookahead, LocatedFormat format, Detection detection) {
        this.lines = lines;
        this.lookahead = lookahead;
        this.parser = new RecordParser(format);
        this.detection = detection;
    }

    /**
     * Opens a file. With a null {@code format} the format is detected from the first records.
     *
     * @throws FormatNotDetectedException when detection finds nothing it knows
     */
    public static SampleReader open(Path file, SampleFormat format) throws IOException, FormatNotDetectedException {
        return openWith(file, ReadOptions.of(format));
    }

    public static SampleReader openWith(Path file, ReadOptions options) throws IOException, FormatNotDetectedException {
        return open(file, Files.newInputStream(file), options);
    }

    /** A file read through {@code in} (its bytes, e.g. behind a digest); the path serves ZIP and Parquet files. */
    public static SampleReader open(Path file, InputStream in, ReadOptions options)
            throws IOException, FormatNotDetectedException {
        return open(Containers.open(file, in, file.toString(), options), file.toString(), options);
    }

    public static SampleReader open(InputStream in, String sourceName, SampleFormat format)
            throws FormatNotDetectedException {
        try {
            ReadOptions options = ReadOptions.of(format);
            return open(Containers.open(null, in, sourceName, options), sourceName, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SampleReader open(RecordSource lines, String sourceName, ReadOptions options)
            throws FormatNotDetectedException {
        Deque<RawLine> lookahead = new ArrayDeque<>();
        if (options.format() != null) {
            return new SampleReader(lines, lookahead, new LocatedFormat(options.format(), options.messagesKey()), null);
        }
        LocatedFormat locating = new LocatedFormat(Formats.all().getFirst(), options.messagesKey());
        List<ObjectNode> records = new ArrayList<>();
        long held = 0;
        String noConversation = null;
        while (records.size() < FormatDetector.SAMPLE_RECORDS && held < DETECTION_BYTES && lines.hasNext()) {
            RawLine raw = lines.next();
            lookahead.add(raw);
            held += raw.bytes().length;
            try {
                ObjectNode record = locating.locate(RecordParser.parseObject(raw));
                records.add(record);
                if (noConversation == null && !ConversationLocator.hasConversation(record) && !record.has("steps")) {
                    noConversation = ConversationLocator.notFound(record);
                }
            } catch (RecordRejectedException ignored) {
                // Unreadable records are reported when they are read for real, not during detection.
            }
        }
        if (lookahead.isEmpty()) {
            // An empty file has no samples; any format reads it, and reading it yields nothing.
            return new SampleReader(lines, lookahead, new LocatedFormat(Formats.all().getFirst(), null), null);
        }
        Detection detection = new FormatDetector().score(records);
        SampleFormat detected = detection.winner().orElse(null);
        if (detected == null) {
            lines.close();
            if (records.isEmpty()) {
                // A line-per-record file (a README among data/*) counts lines; a container's elements are records.
                boolean lineByLine = lines.lineByLine();
                throw new FormatNotDetectedException(sourceName + ": no JSON object in the first "
                        + org.trajectorystudio.model.text.Plural.of(lookahead.size(), lineByLine ? "line" : "record")
                        + " (" + RecordParser.describeFirst(lookahead) + ")");
            }
            if (noConversation != null) {
                throw new FormatNotDetectedException(sourceName + ": " + noConversation + ", or the format with --format ("
                        + String.join(", ", Formats.names()) + ")");
            }
            throw new FormatNotDetectedException(sourceName + ": " + detection.note().orElseThrow()
                    + "; name one with --format (" + String.join(", ", Formats.names()) + ")");
        }
        return new SampleReader(lines, lookahead, new LocatedFormat(detected, options.messagesKey()), detection);
    }

    /** How the formats scored the first records; null when the format was named rather than detected. */
    public Detection detection() {
        return detection;
    }

    /** The format records are read with (conversations located, ids checked); its name is the detected format's. */
    public SampleFormat format() {
        return parser.format();
    }

    /** Bytes of the file consumed so far (for progress). */
    public long bytesRead() {
        return lines.bytesRead();
    }

    /** The raw records still to read, detection look-ahead first; use instead of this iterator, not beside it. */
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
