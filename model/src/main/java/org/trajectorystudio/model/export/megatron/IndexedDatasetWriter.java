package org.trajectorystudio.model.export.megatron;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a Megatron-LM indexed dataset ({@code PREFIX.bin} + {@code PREFIX.idx}, what {@code tools/preprocess_data.py}
 * makes and {@code megatron.core.datasets.indexed_dataset.IndexedDataset} reads), one sequence per document.
 *
 * <p>{@code .bin}: the token ids of every document back to back, little-endian int32 (Megatron's choice for
 * vocabularies of 65,500 tokens or more, dtype code 4). {@code .idx}: the header {@code MMIDIDX\0\0}, version 1 as a
 * little-endian int64, the dtype code as one byte, the sequence count and the document count as int64, then the int32
 * length of each sequence, the int64 byte offset of each sequence in {@code .bin}, and the int64 document indices
 * (0, then the number of sequences after each document: the document count is one more than the documents). Not
 * thread-safe; write from one thread.
 */
public final class IndexedDatasetWriter implements AutoCloseable {
    static final byte[] HEADER = "MMIDIDX\0\0".getBytes(StandardCharsets.US_ASCII);
    static final long VERSION = 1;
    static final byte DTYPE_INT32 = 4;

    private final Path prefix;
    private final OutputStream bin;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    private int[] lengths = new int[1024];
    private int sequences;
    private boolean closed;

    /** @param prefix the path without {@code .bin}/{@code .idx}, e.g. {@code out/set_text_document} */
    public IndexedDatasetWriter(Path prefix) throws IOException {
        this.prefix = prefix;
        this.bin = new BufferedOutputStream(Files.newOutputStream(bin(prefix)), 1 << 16);
    }

    public static Path bin(Path prefix) {
        return prefix.resolveSibling(prefix.getFileName() + ".bin");
    }

    public static Path idx(Path prefix) {
        return prefix.resolveSibling(prefix.getFileName() + ".idx");
    }

    /** Adds one document as one sequence: its ids, then {@code eod} when it is not negative. */
    public void add(long[] ids, int eod) throws IOException {
        int length = ids.length + (eod >= 0 ? 1 : 0);
        for (long id : ids) {
            if (id < 0 || id > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("token id " + id + " does not fit an int32 dataset");
            }
            putInt((int) id);
        }
        if (eod >= 0) {
            putInt(eod);
        }
        if (sequences == lengths.length) {
            lengths = Arrays.copyOf(lengths, lengths.length * 2);
        }
        lengths[sequences++] = length;
    }

    private void putInt(int value) throws IOException {
        if (buffer.remaining() < Integer.BYTES) {
            flushBuffer();
        }
        buffer.putInt(value);
    }

    private void flushBuffer() throws IOException {
        bin.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    public int sequences() {
        return sequences;
    }

    /** Finishes {@code .bin} and writes {@code .idx}. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flushBuffer();
        bin.close();
        long documents = sequences + 1L;
        ByteBuffer index = ByteBuffer.allocate(HEADER.length + 8 + 1 + 8 + 8 + sequences * 4 + sequences * 8 + (int) documents * 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        index.put(HEADER).putLong(VERSION).put(DTYPE_INT32).putLong(sequences).putLong(documents);
        for (int i = 0; i < sequences; i++) {
            index.putInt(lengths[i]);
        }
        long pointer = 0;
        for (int i = 0; i < sequences; i++) {
            index.putLong(pointer);
            pointer += (long) lengths[i] * Integer.BYTES;
        }
        for (long d = 0; d < documents; d++) {
            index.putLong(d); // one sequence per document
        }
        Files.write(idx(prefix), index.array());
    }
}
