package org.trajectorystudio.inference.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Megatron-LM's indexed-dataset reader ({@code _IndexReader} and {@code IndexedDataset.__getitem__}), transcribed
 * independently of the studio's writer, with the format's invariants asserted on the way; for tests that decode a
 * {@code PREFIX.bin/.idx} (in the inference test-jar, so the Spark job's tests decode its shards the same way).
 */
public final class MegatronReader {
    private MegatronReader() {}

    /** Megatron's reader, transcribed: little-endian throughout. */
    public static List<long[]> decode(Path prefix) throws Exception {
        ByteBuffer idx = ByteBuffer.wrap(Files.readAllBytes(prefix.resolveSibling(prefix.getFileName() + ".idx"))).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[9];
        idx.get(header);
        assertThat(new String(header, StandardCharsets.US_ASCII)).isEqualTo("MMIDIDX\0\0");
        assertThat(idx.getLong()).as("version").isEqualTo(1);
        byte dtype = idx.get();
        assertThat(dtype).as("dtype code (int32)").isEqualTo((byte) 4);
        long sequenceCount = idx.getLong();
        long documentCount = idx.getLong();
        int[] lengths = new int[(int) sequenceCount];
        for (int i = 0; i < sequenceCount; i++) {
            lengths[i] = idx.getInt();
        }
        long[] pointers = new long[(int) sequenceCount];
        for (int i = 0; i < sequenceCount; i++) {
            pointers[i] = idx.getLong();
        }
        long[] documents = new long[(int) documentCount];
        for (int i = 0; i < documentCount; i++) {
            documents[i] = idx.getLong();
        }
        assertThat(idx.remaining()).isZero();
        assertThat(documents[0]).isZero();
        assertThat(documents[documents.length - 1]).isEqualTo(sequenceCount);
        ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(prefix.resolveSibling(prefix.getFileName() + ".bin"))).order(ByteOrder.LITTLE_ENDIAN);
        List<long[]> sequences = new ArrayList<>();
        for (int i = 0; i < sequenceCount; i++) {
            long[] ids = new long[lengths[i]];
            for (int t = 0; t < lengths[i]; t++) {
                ids[t] = bin.getInt((int) pointers[i] + t * 4);
            }
            sequences.add(ids);
        }
        assertThat((long) bin.capacity()).isEqualTo(Arrays.stream(lengths).asLongStream().sum() * 4);
        return sequences;
    }
}
