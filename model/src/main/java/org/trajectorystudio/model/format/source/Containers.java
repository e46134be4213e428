package org.trajectorystudio.model.format.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.zip.GZIPInputStream;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.JsonlLines;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOptions;
import org.trajectorystudio.model.format.RecordSource;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Tells a source file's container from its first bytes and opens its records: gzip and zstd (unwrapped, then looked
 * at again), a ZIP (an Inspect AI {@code .eval} log), Parquet (through a {@link ContainerReader}), UTF-16/32 text by
 * its byte order mark (read as UTF-8), then JSONL, a JSON array of records, a bare array of messages (one
 * conversation) or one or more pretty-printed JSON objects. Only the first bytes are looked at: detection holds a
 * bounded amount whatever the file.
 */
public final class Containers {
    /** How far the first line is looked at to tell JSONL from a pretty-printed object. */
    private static final int FIRST_LINE_PEEK = 1 << 20;
    private static final int BINARY_PEEK = 4096;

    private Containers() {}

    /**
     * @param file the file, for containers read by random access (ZIP, Parquet); may be null for a plain stream
     * @param in the file's bytes; containers read by path drain it when closed, so that a digest over it is complete
     */
    public static RecordSource open(Path file, InputStream in, String name, ReadOptions options)
            throws IOException, FormatNotDetectedException {
        Counting counted = new Counting(in);
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        byte[] head = peek(buffered, 8);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            if (file == null) {
                throw new FormatNotDetectedException(name + ": a ZIP archive can only be read from a file");
            }
            return new Draining(InspectEvalSource.open(file, options.maxRecordBytes()), buffered);
        }
        for (ContainerReader reader : ServiceLoader.load(ContainerReader.class)) {
            if (reader.accepts(head, head.length)) {
                if (file == null) {
                    throw new FormatNotDetectedException(name + ": a " + reader.name() + " file can only be read from a file");
                }
                return new Draining(reader.open(file, options), buffered);
            }
        }
        if (startsWith(head, "PAR1".getBytes(StandardCharsets.US_ASCII))) {
            throw new FormatNotDetectedException(name + ": a Parquet file; reading it needs the studio's persistence"
                    + " module on the class path");
        }
        InputStream text = unwrap(buffered, head, name);
        return text(text, text != buffered, counted, options, name);
    }

    /** gzip and zstd streams unwrapped (nested ones too); anything else as it is. */
    private static InputStream unwrap(BufferedInputStream in, byte[] head, String name) throws IOException {
        if (startsWith(head, 0x1F, 0x8B)) {
            BufferedInputStream inner = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            return unwrap(inner, peek(inner, 8), name);
        }
        if (startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)) {
            BufferedInputStream inner = new BufferedInputStream(new io.airlift.compress.zstd.ZstdInputStream(in), 1 << 16);
            return unwrap(inner, peek(inner, 8), name);
        }
        return in;
    }

    private static RecordSource text(InputStream raw, boolean compressed, Counting counted, ReadOptions options,
            String name)
            throws IOException, FormatNotDetectedException {
        BufferedInputStream in = raw instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(raw);
        byte[] head = peek(in, 4);
        Charset wide = wideCharset(head);
        if (wide != null) {
            in.skipNBytes(wide.name().startsWith("UTF-32") ? 4 : 2);
            in = new BufferedInputStream(new Utf8Transcoder(in, wide), 1 << 16);
        } else if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
        }
        byte[] start = peek(in, BINARY_PEEK);
        for (byte b : start) {
            if (b == 0) {
                throw new FormatNotDetectedException(name + ": a binary file, not JSON or JSONL text (it holds NUL"
                        + " bytes); the studio reads JSONL, JSON, gzip, zstd, Parquet and Inspect .eval files");
            }
        }
        int first = firstNonBlank(start);
        long max = options.maxRecordBytes();
        if (first >= 0 && start[first] == '[' && !firstLineIsValue(in, ']')) {
            JsonValueSplitter elements = new JsonValueSplitter(in, true, max);
            if (!elements.hasNext()) {
                return new Counted(elements, counted);
            }
            RawLine head1 = elements.next();
            RecordSource rest = new Counted(elements, counted);
            return isMessage(head1) ? new MessageListSource(head1, rest, max) : new PeekedSource(head1, rest);
        }
        if (first >= 0 && start[first] == '{' && !firstLineIsValue(in, '}')) {
            return new Counted(new JsonValueSplitter(in, false, max), counted);
        }
        // Plain JSONL counts its own bytes exactly; compressed or transcoded text counts the file's.
        return wide == null && !compressed ? new JsonlLines(in, max) : new Counted(new JsonlLines(in, max), counted);
    }

    /** A chat message rather than a record holding a conversation. */
    private static boolean isMessage(RawLine element) {
        if (element.isOversized()) {
            return false;
        }
        JsonNode node = Json.tryParse(new String(element.bytes(), StandardCharsets.UTF_8));
        if (node == null || !node.isObject()) {
            return false;
        }
        boolean turn = (node.has("role") && (node.has("content") || node.has("tool_calls")))
                || (node.has("from") && node.has("value"));
        return turn && !node.has("messages") && !node.has("conversations");
    }

    /**
     * True when the text is JSONL: its first line ends with {@code close} ({@code }} for objects; for {@code ]} more
     * lines must follow, since a one-line array is one JSON array). A pretty-printed value's first line ends otherwise.
     * A first line longer than the peek is taken as JSONL (a minified record).
     */
    private static boolean firstLineIsValue(BufferedInputStream in, char close) throws IOException {
        in.mark(FIRST_LINE_PEEK + 2);
        try {
            int last = -1;
            for (int i = 0; i < FIRST_LINE_PEEK; i++) {
                int b = in.read();
                if (b < 0) {
                    return last == '}' && close == '}';
                }
                if (b == '\n') {
                    return last == close && (close == '}' || moreLines(in, FIRST_LINE_PEEK - i));
                }
                if (b != ' ' && b != '\t' && b != '\r') {
                    last = b;
                }
            }
            return true;
        } finally {
            in.reset();
        }
    }

    private static boolean moreLines(BufferedInputStream in, int budget) throws IOException {
        for (int i = 0; i < budget; i++) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return true;
            }
        }
        return false;
    }

    private static Charset wideCharset(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int firstNonBlank(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] peek(BufferedInputStream in, int count) throws IOException {
        in.mark(count);
        byte[] head = in.readNBytes(count);
        in.reset();
        return head;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        int[] unsigned = new int[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            unsigned[i] = prefix[i] & 0xFF;
        }
        return startsWith(head, unsigned);
    }

    /** Counts the bytes taken from the file itself (for progress through compressed or transcoded text). */
    private static final class Counting extends java.io.FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count += Math.max(0, read);
            return read;
        }
    }

    /** A source whose progress is the file bytes read, not the bytes it handed out. */
    private record Counted(RecordSource source, Counting counted) implements RecordSource {
        @Override
        public boolean lineByLine() {
            return source.lineByLine();
        }

        @Override
        public long bytesRead() {
            return counted.count;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public RawLine next() {
            return source.next();
        }

        @Override
        public void close() {
            source.close();
        }
    }

    /** A source read by path; closing it reads the file's stream to its end (a digest over it then sees every byte). */
    private record Draining(RecordSource source, InputStream stream) implements RecordSource {
        @Override
        public boolean lineByLine() {
            return source.lineByLine();
        }

        @Override
        public long bytesRead() {
            return source.bytesRead();
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public RawLine next() {
            return source.next();
        }

        @Override
        public void close() {
            try (stream) {
                source.close();
                stream.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
