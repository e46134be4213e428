package org.trajectorystudio.inference.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a tiny random-weight llama model as a GGUF v3 file, so that the embedded engine can be tested end to end
 * without downloading anything (about 0.4 MB, loads in milliseconds).
 *
 * <p>What llama.cpp needs from it: {@code general.architecture = llama} with the {@code llama.*} hyper-parameters
 * (the RMS-norm epsilon is required), a SentencePiece-style vocabulary ({@code tokenizer.ggml.model = llama}) that
 * holds all 256 byte tokens {@code <0x00>}..{@code <0xFF>} with token type 6 (byte fallback, and the newline token
 * {@code <0x0A>} must exist), and every tensor of a llama block in F32 with GGUF's fastest-varying-first dimensions,
 * each at an offset aligned to {@code general.alignment}.
 *
 * <p>Public (and published in inference's test-jar) for the app's preview tests.
 */
public final class TinyGguf {
    static final int N_EMBD = 64;
    static final int N_HEAD = 4;
    static final int N_FF = 128;
    static final int N_LAYER = 2;
    static final int N_CTX_TRAIN = 256;
    static final int ALIGNMENT = 32;

    /** ChatML with a marker line, so a test can tell that the model's own template was applied. */
    static final String CHAT_TEMPLATE = "{{ '<|tiny|>\\n' }}{% for message in messages %}"
            + "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private static final int TYPE_NORMAL = 1;
    private static final int TYPE_UNKNOWN = 2;
    private static final int TYPE_CONTROL = 3;
    private static final int TYPE_BYTE = 6;

    // GGUF metadata value types
    private static final int GGUF_UINT32 = 4;
    private static final int GGUF_INT32 = 5;
    private static final int GGUF_FLOAT32 = 6;
    private static final int GGUF_STRING = 8;
    private static final int GGUF_ARRAY = 9;
    private static final int GGML_TYPE_F32 = 0;

    private TinyGguf() {}

    /** What a test may vary; everything else is fixed. */
    record Options(long seed, String chatTemplate, String architecture, long contextLength) {
        static final Options DEFAULT = new Options(42, CHAT_TEMPLATE, "llama", N_CTX_TRAIN);

        /** @param template the {@code tokenizer.chat_template}, or null for none */
        Options withChatTemplate(String template) {
            return new Options(seed, template, architecture, contextLength);
        }

        /** An architecture llama.cpp does not know makes a file that is valid GGUF but does not load. */
        Options withArchitecture(String name) {
            return new Options(seed, chatTemplate, name, contextLength);
        }

        /** The trained context length the metadata declares (the weights do not depend on it). */
        Options withContextLength(long tokens) {
            return new Options(seed, chatTemplate, architecture, tokens);
        }
    }

    public static Path write(Path file) throws IOException {
        return write(file, Options.DEFAULT);
    }

    static Path write(Path file, Options options) throws IOException {
        String chatTemplate = options.chatTemplate();
        String arch = options.architecture();
        Vocabulary vocab = Vocabulary.create();
        List<Tensor> tensors = tensors(vocab.size(), vocab.firstNormal(), new Random(options.seed()));

        Writer meta = new Writer();
        meta.kvString("general.architecture", arch);
        meta.kvString("general.name", "tiny-random-llama");
        meta.kvU32("general.alignment", ALIGNMENT);
        meta.kvU32(arch + ".context_length", options.contextLength());
        meta.kvU32(arch + ".embedding_length", N_EMBD);
        meta.kvU32(arch + ".block_count", N_LAYER);
        meta.kvU32(arch + ".feed_forward_length", N_FF);
        meta.kvU32(arch + ".attention.head_count", N_HEAD);
        meta.kvU32(arch + ".attention.head_count_kv", N_HEAD);
        meta.kvU32(arch + ".rope.dimension_count", N_EMBD / N_HEAD);
        meta.kvF32(arch + ".attention.layer_norm_rms_epsilon", 1e-5f);
        meta.kvString("tokenizer.ggml.model", "llama");
        meta.kvStringArray("tokenizer.ggml.tokens", vocab.pieces);
        meta.kvF32Array("tokenizer.ggml.scores", vocab.scores);
        meta.kvI32Array("tokenizer.ggml.token_type", vocab.types);
        meta.kvU32("tokenizer.ggml.unknown_token_id", 0);
        meta.kvU32("tokenizer.ggml.bos_token_id", 1);
        meta.kvU32("tokenizer.ggml.eos_token_id", 2);
        if (chatTemplate != null) {
            meta.kvString("tokenizer.chat_template", chatTemplate);
        }

        Writer out = new Writer();
        out.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
        out.u32(3);
        out.u64(tensors.size());
        out.u64(meta.kvCount);
        out.bytes(meta.toByteArray());

        long offset = 0;
        for (Tensor tensor : tensors) {
            out.string(tensor.name);
            out.u32(tensor.dims.length);
            for (long dim : tensor.dims) {
                out.u64(dim);
            }
            out.u32(GGML_TYPE_F32);
            out.u64(offset);
            offset = align(offset + 4L * tensor.values.length);
        }
        out.padTo(ALIGNMENT);
        for (Tensor tensor : tensors) {
            ByteBuffer data = ByteBuffer.allocate(4 * tensor.values.length).order(ByteOrder.LITTLE_ENDIAN);
            data.asFloatBuffer().put(tensor.values);
            out.bytes(data.array());
            out.padTo(ALIGNMENT);
        }
        Files.write(file, out.toByteArray());
        return file;
    }

    private static long align(long offset) {
        return (offset + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private record Tensor(String name, long[] dims, float[] values) {}

    /** Every tensor of a llama model; dims are fastest-varying first, so a [in, out] matrix maps in -> out. */
    private static List<Tensor> tensors(int nVocab, int firstNormalToken, Random random) {
        List<Tensor> tensors = new ArrayList<>();
        tensors.add(matrix("token_embd.weight", N_EMBD, nVocab, random));
        tensors.add(ones("output_norm.weight"));
        Tensor output = matrix("output.weight", N_EMBD, nVocab, random);
        // quiet the control and byte tokens so that the model mostly writes letters: readable, valid UTF-8 output
        for (int i = 0; i < firstNormalToken * N_EMBD; i++) {
            output.values[i] *= 0.05f;
        }
        tensors.add(output);
        for (int layer = 0; layer < N_LAYER; layer++) {
            String block = "blk." + layer + ".";
            tensors.add(ones(block + "attn_norm.weight"));
            tensors.add(matrix(block + "attn_q.weight", N_EMBD, N_EMBD, random));
            tensors.add(matrix(block + "attn_k.weight", N_EMBD, N_EMBD, random));
            tensors.add(matrix(block + "attn_v.weight", N_EMBD, N_EMBD, random));
            tensors.add(matrix(block + "attn_output.weight", N_EMBD, N_EMBD, random));
            tensors.add(ones(block + "ffn_norm.weight"));
            tensors.add(matrix(block + "ffn_gate.weight", N_EMBD, N_FF, random));
            tensors.add(matrix(block + "ffn_up.weight", N_EMBD, N_FF, random));
            tensors.add(matrix(block + "ffn_down.weight", N_FF, N_EMBD, random));
        }
        return tensors;
    }

    /** Random weights large enough that the logits are far from uniform, so sampling depends on the seed. */
    private static Tensor matrix(String name, int fastDim, int slowDim, Random random) {
        float[] values = new float[fastDim * slowDim];
        float scale = (float) (1.0 / Math.sqrt(fastDim)) * 2f;
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian() * scale;
        }
        return new Tensor(name, new long[] {fastDim, slowDim}, values);
    }

    private static Tensor ones(String name) {
        float[] values = new float[N_EMBD];
        java.util.Arrays.fill(values, 1f);
        return new Tensor(name, new long[] {N_EMBD}, values);
    }

    /** {@code <unk> <s> </s>}, ChatML markers, the 256 byte tokens, then ▁, a-z and a few merges. */
    private record Vocabulary(List<String> pieces, float[] scores, int[] types) {
        static Vocabulary create() {
            List<String> pieces = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            pieces.add("<unk>");
            types.add(TYPE_UNKNOWN);
            pieces.add("<s>");
            types.add(TYPE_CONTROL);
            pieces.add("</s>");
            types.add(TYPE_CONTROL);
            pieces.add("<|im_start|>");
            types.add(TYPE_CONTROL);
            pieces.add("<|im_end|>");
            types.add(TYPE_CONTROL);
            for (int b = 0; b < 256; b++) {
                pieces.add(String.format("<0x%02X>", b));
                types.add(TYPE_BYTE);
            }
            List<String> normal = new ArrayList<>(List.of("▁"));
            for (char c = 'a'; c <= 'z'; c++) {
                normal.add(String.valueOf(c));
            }
            normal.addAll(List.of("▁t", "th", "he", "▁th", "▁the", "in", "an", "nd", "▁a", "▁and", "er", "on", "re"));
            int firstNormal = pieces.size();
            pieces.addAll(normal);
            normal.forEach(piece -> types.add(TYPE_NORMAL));

            float[] scores = new float[pieces.size()];
            for (int i = firstNormal; i < scores.length; i++) {
                // longer pieces score higher so that SentencePiece merges prefer them
                scores[i] = -1000f + 10f * pieces.get(i).length() - (i - firstNormal) * 0.01f;
            }
            return new Vocabulary(pieces, scores, types.stream().mapToInt(Integer::intValue).toArray());
        }

        int size() {
            return pieces.size();
        }

        int firstNormal() {
            return types.length - (int) java.util.Arrays.stream(types).filter(type -> type == TYPE_NORMAL).count();
        }
    }

    /** Little-endian GGUF primitives. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int kvCount;

        void bytes(byte[] bytes) {
            out.writeBytes(bytes);
        }

        void u32(long value) {
            bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array());
        }

        void u64(long value) {
            bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array());
        }

        void f32(float value) {
            bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            u64(utf8.length);
            bytes(utf8);
        }

        void kvString(String key, String value) {
            key(key);
            u32(GGUF_STRING);
            string(value);
        }

        void kvU32(String key, long value) {
            key(key);
            u32(GGUF_UINT32);
            u32(value);
        }

        void kvF32(String key, float value) {
            key(key);
            u32(GGUF_FLOAT32);
            f32(value);
        }

        void kvStringArray(String key, List<String> values) {
            key(key);
            u32(GGUF_ARRAY);
            u32(GGUF_STRING);
            u64(values.size());
            values.forEach(this::string);
        }

        void kvF32Array(String key, float[] values) {
            key(key);
            u32(GGUF_ARRAY);
            u32(GGUF_FLOAT32);
            u64(values.length);
            for (float value : values) {
                f32(value);
            }
        }

        void kvI32Array(String key, int[] values) {
            key(key);
            u32(GGUF_ARRAY);
            u32(GGUF_INT32);
            u64(values.length);
            for (int value : values) {
                u32(value);
            }
        }

        private void key(String key) {
            kvCount++;
            string(key);
        }

        void padTo(int alignment) {
            while (out.size() % alignment != 0) {
                out.write(0);
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
