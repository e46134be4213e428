package org.trajectorystudio.inference.engine;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The header of a GGUF file, read in Java before the file goes anywhere near native code: llama.cpp is handed only
 * files that are GGUF, of a version it reads, and long enough for every tensor they declare. It also tells the engine
 * the model's architecture and sizes, for the context default and for a memory estimate.
 *
 * @param metadata integers as Long, floats as Double, strings, booleans; numeric arrays of up to 4096 items as long[],
 *     longer arrays (vocabularies) as their length
 *
 * <p>Layout (little-endian): magic {@code GGUF}, u32 version, u64 tensor count, u64 metadata count; metadata as
 * (string key, u32 type, value); tensor infos as (string name, u32 dims, u64 dim…, u32 ggml type, u64 offset); tensor
 * data from the next multiple of {@code general.alignment} on.
 */
record GgufHeader(String architecture, Map<String, Object> metadata, long fileSize) {
    private static final byte[] MAGIC = "GGUF".getBytes(StandardCharsets.US_ASCII);
    private static final int DEFAULT_ALIGNMENT = 32;
    /** Numeric arrays up to this length are kept (per-layer head counts); longer ones (vocabularies) are skipped. */
    private static final int KEPT_ARRAY = 4096;

    /** Reads and checks the header; throws with a message fit for the user when the file is missing or not GGUF. */
    static GgufHeader read(Path file) throws EngineException {
        if (Files.isDirectory(file)) {
            throw new EngineException.ModelNotFound(file + " is a folder, not a GGUF model file");
        }
        long fileSize;
        try (InputStream in = Files.newInputStream(file)) {
            fileSize = Files.size(file);
            return parse(new Reader(new DataInputStream(new BufferedInputStream(in, 1 << 16)), fileSize), file, fileSize);
        } catch (NoSuchFileException e) {
            throw new EngineException.ModelNotFound("The model file " + file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new EngineException.ModelNotFound("The model file " + file + " cannot be read (permission denied)");
        } catch (EOFException e) {
            throw new EngineException.NotAGguf(file.getFileName() + " is damaged or incomplete: its GGUF header cannot be read to the end");
        } catch (IOException e) {
            throw new EngineException.ModelNotFound("The model file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static GgufHeader parse(Reader in, Path file, long fileSize) throws IOException, EngineException {
        String name = file.getFileName().toString();
        byte[] magic = in.bytes((int) Math.min(fileSize, MAGIC.length));
        if (!Arrays.equals(magic, MAGIC)) {
            throw new EngineException.NotAGguf(name + " is not a GGUF model file (it does not start with 'GGUF'); "
                    + "llama.cpp needs a .gguf file, e.g. converted with llama.cpp's convert_hf_to_gguf.py");
        }
        int version = in.u32();
        if (version < 2 || version > 3) {
            throw new EngineException.NotAGguf(name + " is GGUF version " + Integer.toUnsignedString(version)
                    + ", which this llama.cpp does not read (it reads versions 2 and 3)");
        }
        long tensorCount = in.count(8 + 4 + 8 + 4 + 8);
        long metadataCount = in.count(8 + 4);

        Map<String, Object> metadata = new HashMap<>();
        for (long i = 0; i < metadataCount; i++) {
            String key = in.string();
            metadata.put(key, in.value(in.u32()));
        }
        int alignment = metadata.get("general.alignment") instanceof Long value && value > 0 ? (int) (long) value : DEFAULT_ALIGNMENT;

        List<long[]> extents = new ArrayList<>(); // offset and byte size of every tensor
        for (long t = 0; t < tensorCount; t++) {
            in.string();
            int dims = in.u32();
            if (dims < 0 || dims > 8) {
                throw new EngineException.NotAGguf(name + " is damaged: a tensor has " + dims + " dimensions");
            }
            long elements = 1;
            for (int d = 0; d < dims; d++) {
                elements = saturatedProduct(elements, in.u64());
            }
            long bytes = GgmlTypes.bytes(in.u32(), elements);
            extents.add(new long[] {in.u64(), bytes});
        }
        long dataStart = (in.position() + alignment - 1) / alignment * alignment;
        long required = dataStart;
        for (long[] extent : extents) {
            required = Math.max(required, saturatedSum(dataStart, saturatedSum(extent[0], extent[1])));
        }
        if (required > fileSize) {
            throw new EngineException.NotAGguf(name + " is damaged or incomplete: its tensors need " + required
                    + " bytes but the file has " + fileSize + " (an interrupted download?)");
        }
        Object architecture = metadata.get("general.architecture");
        return new GgufHeader(architecture instanceof String text ? text : "unknown", Map.copyOf(metadata), fileSize);
    }

    private static long saturatedProduct(long a, long b) {
        return a < 0 || b < 0 || Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long saturatedSum(long a, long b) {
        return a < 0 || b < 0 || a + b < 0 ? Long.MAX_VALUE : a + b;
    }

    /** An unsigned integer of the model's own metadata ({@code <architecture>.<key>}). */
    OptionalLong archValue(String key) {
        return metadata.get(architecture + "." + key) instanceof Long value ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** The context length the model was trained with. */
    OptionalLong contextLength() {
        return archValue("context_length");
    }

    /**
     * Bytes of an F16 KV cache for {@code contextSize} tokens: per layer, per token, a key and a value for every KV
     * head. An estimate for the memory check (architectures with compressed caches need less); empty when the
     * metadata lacks the sizes.
     */
    OptionalLong kvCacheBytes(long contextSize) {
        OptionalLong layers = archValue("block_count");
        OptionalLong embedding = archValue("embedding_length");
        OptionalLong heads = archValue("attention.head_count");
        if (layers.isEmpty() || embedding.isEmpty() || heads.isEmpty() || heads.getAsLong() == 0) {
            return OptionalLong.empty();
        }
        long headSize = embedding.getAsLong() / heads.getAsLong();
        long keySize = archValue("attention.key_length").orElse(headSize);
        long valueSize = archValue("attention.value_length").orElse(headSize);
        long kvHeads = kvHeads().orElse(heads.getAsLong());
        double bytes = (double) contextSize * layers.getAsLong() * kvHeads * (keySize + valueSize) * 2;
        return bytes >= Long.MAX_VALUE ? OptionalLong.of(Long.MAX_VALUE) : OptionalLong.of((long) bytes);
    }

    /** KV heads: one number, or the largest of a per-layer array. */
    private OptionalLong kvHeads() {
        Object value = metadata.get(architecture + ".attention.head_count_kv");
        if (value instanceof long[] perLayer) {
            return Arrays.stream(perLayer).max();
        }
        return value instanceof Long count ? OptionalLong.of(count) : OptionalLong.empty();
    }

    /** Sequential little-endian reads that keep count of the position and refuse lengths beyond the file's end. */
    private static final class Reader {
        private final DataInputStream in;
        private final long fileSize;
        private long position;

        Reader(DataInputStream in, long fileSize) {
            this.in = in;
            this.fileSize = fileSize;
        }

        long position() {
            return position;
        }

        byte[] bytes(int count) throws IOException {
            byte[] bytes = new byte[count];
            in.readFully(bytes);
            position += count;
            return bytes;
        }

        int u32() throws IOException {
            position += 4;
            return Integer.reverseBytes(in.readInt());
        }

        long u64() throws IOException {
            position += 8;
            return Long.reverseBytes(in.readLong());
        }

        /** A count of items each at least {@code minBytes} long, which must fit in the rest of the file. */
        long count(long minBytes) throws IOException {
            long count = u64();
            if (count < 0 || count > (fileSize - position) / minBytes) {
                throw new EOFException();
            }
            return count;
        }

        String string() throws IOException {
            long length = u64();
            if (length < 0 || length > fileSize - position || length > Integer.MAX_VALUE - 8) {
                throw new EOFException();
            }
            return new String(bytes((int) length), StandardCharsets.UTF_8);
        }

        /** A metadata value: integers as Long, floats as Double, strings, booleans; short numeric arrays as long[]. */
        Object value(int type) throws IOException {
            return switch (type) {
                case 0 -> (long) Byte.toUnsignedInt(bytes(1)[0]);
                case 1 -> (long) bytes(1)[0];
                case 2 -> (long) Short.toUnsignedInt(Short.reverseBytes(shortValue()));
                case 3 -> (long) Short.reverseBytes(shortValue());
                case 4 -> Integer.toUnsignedLong(u32());
                case 5 -> (long) u32();
                case 6 -> (double) Float.intBitsToFloat(u32());
                case 7 -> bytes(1)[0] != 0;
                case 8 -> string();
                case 9 -> array();
                case 10, 11 -> u64();
                case 12 -> Double.longBitsToDouble(u64());
                default -> throw new EOFException(); // an unknown type means we lost our place: damaged
            };
        }

        private short shortValue() throws IOException {
            position += 2;
            return in.readShort();
        }

        private Object array() throws IOException {
            int type = u32();
            long length = count(type == 8 ? 8 : 1);
            boolean integers = type <= 5 || type == 10 || type == 11;
            long[] kept = integers && length <= KEPT_ARRAY ? new long[(int) length] : null;
            for (long i = 0; i < length; i++) {
                Object element = value(type);
                if (kept != null) {
                    kept[(int) i] = (Long) element;
                }
            }
            return kept != null ? kept : length;
        }
    }
}
