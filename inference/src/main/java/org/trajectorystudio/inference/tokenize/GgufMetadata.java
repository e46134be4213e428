package org.trajectorystudio.inference.tokenize;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key-value header of a GGUF file (versions 2 and 3), read in plain Java without loading any weights: scalars and
 * strings by key, plus the vocabulary's token strings. Enough to name a model, find its chat template and resolve its
 * BOS/EOS token texts.
 */
public final class GgufMetadata {
    private static final int UINT8 = 0, INT8 = 1, UINT16 = 2, INT16 = 3, UINT32 = 4, INT32 = 5, FLOAT32 = 6, BOOL = 7,
            STRING = 8, ARRAY = 9, UINT64 = 10, INT64 = 11, FLOAT64 = 12;
    private static final String TOKENS = "tokenizer.ggml.tokens";

    private final Map<String, Object> values;
    private final List<String> tokens;

    private GgufMetadata(Map<String, Object> values, List<String> tokens) {
        this.values = values;
        this.tokens = tokens;
    }

    public static GgufMetadata read(Path file) {
        TokenizerFiles.requireGguf(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.readInt(); // magic, checked above
            int version = Integer.reverseBytes(in.readInt());
            if (version < 2 || version > 3) {
                throw new TokenizerLoadException("gguf:" + file + " has GGUF version " + version + "; versions 2 and 3 are supported");
            }
            u64(in); // tensor count
            long count = u64(in);
            Map<String, Object> values = new LinkedHashMap<>();
            List<String> tokens = List.of();
            for (long i = 0; i < count; i++) {
                String key = string(in);
                int type = u32(in);
                if (type == ARRAY) {
                    int elementType = u32(in);
                    long length = u64(in);
                    if (key.equals(TOKENS) && elementType == STRING) {
                        List<String> list = new ArrayList<>((int) Math.min(length, 1 << 20));
                        for (long j = 0; j < length; j++) {
                            list.add(string(in));
                        }
                        tokens = list;
                    } else {
                        for (long j = 0; j < length; j++) {
                            value(in, elementType); // skipped: merges, scores, token types
                        }
                    }
                } else {
                    values.put(key, value(in, type));
                }
            }
            return new GgufMetadata(values, tokens);
        } catch (EOFException e) {
            throw new TokenizerLoadException("gguf:" + file + " ends inside its header (truncated file?)", e);
        } catch (IOException e) {
            throw new TokenizerLoadException("gguf:" + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public String string(String key) {
        return values.get(key) instanceof String text ? text : null;
    }

    public Long integer(String key) {
        return values.get(key) instanceof Number number && !(number instanceof Double || number instanceof Float) ? number.longValue() : null;
    }

    /** The chat template embedded by the converter ({@code tokenizer.chat_template}), or null. */
    public String chatTemplate() {
        return string("tokenizer.chat_template");
    }

    /** The text of token {@code id}, or null when the id is absent or out of range. */
    public String token(Long id) {
        return id == null || id < 0 || id >= tokens.size() ? null : tokens.get(id.intValue());
    }

    public String bosToken() {
        return token(integer("tokenizer.ggml.bos_token_id"));
    }

    public String eosToken() {
        return token(integer("tokenizer.ggml.eos_token_id"));
    }

    public int vocabularySize() {
        return tokens.size();
    }

    private static Object value(DataInputStream in, int type) throws IOException {
        return switch (type) {
            case UINT8 -> (long) in.readUnsignedByte();
            case INT8 -> (long) in.readByte();
            case UINT16 -> (long) Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
            case INT16 -> (long) Short.reverseBytes(in.readShort());
            case UINT32 -> Integer.toUnsignedLong(u32(in));
            case INT32 -> (long) u32(in);
            case FLOAT32 -> (double) Float.intBitsToFloat(u32(in));
            case BOOL -> in.readUnsignedByte() != 0;
            case STRING -> string(in);
            case UINT64, INT64 -> u64(in);
            case FLOAT64 -> Double.longBitsToDouble(u64(in));
            case ARRAY -> {
                int elementType = u32(in);
                long length = u64(in);
                for (long j = 0; j < length; j++) {
                    value(in, elementType);
                }
                yield null;
            }
            default -> throw new IOException("unknown GGUF value type " + type);
        };
    }

    private static int u32(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static long u64(DataInputStream in) throws IOException {
        return Long.reverseBytes(in.readLong());
    }

    private static String string(DataInputStream in) throws IOException {
        long length = u64(in);
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException("GGUF string of impossible length " + length);
        }
        return new String(readFully(in, (int) length), StandardCharsets.UTF_8);
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return bytes;
    }
}
