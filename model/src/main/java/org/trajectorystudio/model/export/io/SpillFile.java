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
 * every record first), so that an export never holds the rendered texts in memory. Deleted on close.
 */
public final class SpillFile implements AutoCloseable {
    private final Path path;
    private final OutputStream out;
    private long size;
    private FileChannel reader;

    public SpillFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.path = Files.createTempFile(folder, ".export-", ".spill");
        this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
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
