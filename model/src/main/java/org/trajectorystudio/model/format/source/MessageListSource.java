package org.trajectorystudio.model.format.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.RecordSource;

/**
 * A bare JSON array of chat messages (one conversation with no record around it, as MiroFlow and mini-swe-agent write
 * it) as one record {@code {"messages": [...]}} on line 1. The conversation is one record, so it is bounded by the
 * record size limit like any other.
 */
final class MessageListSource implements RecordSource {
    private static final byte[] OPEN = "{\"messages\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);

    private final RawLine first;
    private final RecordSource messages;
    private final long maxRecordBytes;
    private boolean read;

    MessageListSource(RawLine first, RecordSource messages, long maxRecordBytes) {
        this.first = first;
        this.messages = messages;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public long bytesRead() {
        return messages.bytesRead();
    }

    @Override
    public boolean hasNext() {
        return !read;
    }

    @Override
    public RawLine next() {
        if (read) {
            throw new NoSuchElementException();
        }
        read = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(OPEN);
        long size = first.isOversized() ? first.skippedBytes() : first.bytes().length;
        boolean keep = !first.isOversized();
        if (keep) {
            out.writeBytes(first.bytes());
        }
        while (messages.hasNext()) {
            RawLine message = messages.next();
            size += message.isOversized() ? message.skippedBytes() : message.bytes().length + 1;
            keep &= !message.isOversized() && size <= maxRecordBytes;
            if (keep) {
                out.write(',');
                out.writeBytes(message.bytes());
            } else {
                out = new ByteArrayOutputStream();
            }
        }
        if (!keep) {
            return RawLine.oversized(1, 0, size);
        }
        out.writeBytes(CLOSE);
        return new RawLine(1, 0, out.toByteArray());
    }

    @Override
    public void close() {
        messages.close();
    }
}
