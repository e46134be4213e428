package org.trajectorystudio.model.export.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Rendered records parked on disk between the streaming pass and the writing pass (clusters, split and packing need
 * every record first), so that an export never holds the rendered texts in memory. Deleted on close; one left by a
 * killed export is deleted by the next export in that folder ({@link OwnedTempFile}).
 */
public final class SpillFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final OutputStream out;
    private long size;
    private FileChannel reader;

    public SpillFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path[] created = new Path[1];
        this.channel = OwnedTempFile.create(folder, ".export-", ".spill", created); // and removes spills of killed exports
        this.path = created[0];
        this.out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
    }

    /** Appends bytes and returns their offset. */
    public long append(byte[] data) throws IOException {
        long offset = size;
        out.write(data);
        size += data.length;
        return offset;
    }

    public byte[] read(long offset, int length) throws IOException {
        if (reader == null) {
            out.flush();
            reader = FileChannel.open(path, StandardOpenOption.READ);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (reader.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("spill file ended early at " + (offset + buffer.position()));
            }
        }
        return buffer.array();
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
            if (reader != null) {
                reader.close();
            }
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
