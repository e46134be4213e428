package org.trajectorystudio.inference.tokenize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the smallest GGUF (version 3) that llama.cpp loads as a model: a one-layer "llama" with 8-wide F32 tensors,
 * carrying a {@link TinyBpe} vocabulary as a GPT-2 tokenizer and, optionally, a chat template. de.kherud:llama has no
 * vocabulary-only load, so the counter needs a loadable model even though only its vocabulary is used.
 */
public final class TinyGgufWriter {
    private static final int EMBED = 8;
    private static final int FEED_FORWARD = 16;
    private static final int ALIGNMENT = 32;

    private final ByteArrayOutputStream header = new ByteArrayOutputStream();
    private int keyValues;

    private TinyGgufWriter() {}

    public static Path write(Path file, TinyBpe vocab, String chatTemplate) throws IOException {
        return new TinyGgufWriter().build(file, vocab, chatTemplate);
    }

    private Path build(Path file, TinyBpe vocab, String chatTemplate) throws IOException {
        int vocabSize = vocab.tokens().size();
        string("general.architecture", "llama");
        string("general.name", "tiny-test");
        u32("general.alignment", ALIGNMENT);
        u32("llama.context_length", 256);
        u32("llama.embedding_length", EMBED);
        u32("llama.block_count", 1);
        u32("llama.feed_forward_length", FEED_FORWARD);
        u32("llama.rope.dimension_count", EMBED / 2);
        u32("llama.attention.head_count", 2);
        u32("llama.attention.head_count_kv", 2);
        f32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        u32("llama.vocab_size", vocabSize);
        string("tokenizer.ggml.model", "gpt2");
        string("tokenizer.ggml.pre", "gpt-2");
        stringArray("tokenizer.ggml.tokens", vocab.tokens());
        List<Integer> types = new ArrayList<>();
        for (int i = 0; i < vocabSize; i++) {
            types.add(vocab.special(i) ? 3 : 1); // 3 = control: parsed as one token when written in the text
        }
        int32Array("tokenizer.ggml.token_type", types);
        stringArray("tokenizer.ggml.merges", vocab.merges());
        u32("tokenizer.ggml.bos_token_id", vocab.id("<|endoftext|>"));
        u32("tokenizer.ggml.eos_token_id", vocab.id("<|im_end|>"));
        u32("tokenizer.ggml.padding_token_id", vocab.id("<|endoftext|>"));
        bool("tokenizer.ggml.add_bos_token", false);
        if (chatTemplate != null) {
            string("tokenizer.chat_template", chatTemplate);
        }

        List<Tensor> tensors = List.of(
                new Tensor("token_embd.weight", EMBED, vocabSize),
                new Tensor("output_norm.weight", EMBED),
                new Tensor("output.weight", EMBED, vocabSize),
                new Tensor("blk.0.attn_norm.weight", EMBED),
                new Tensor("blk.0.attn_q.weight", EMBED, EMBED),
                new Tensor("blk.0.attn_k.weight", EMBED, EMBED),
                new Tensor("blk.0.attn_v.weight", EMBED, EMBED),
                new Tensor("blk.0.attn_output.weight", EMBED, EMBED),
                new Tensor("blk.0.ffn_norm.weight", EMBED),
                new Tensor("blk.0.ffn_gate.weight", EMBED, FEED_FORWARD),
                new Tensor("blk.0.ffn_down.weight", FEED_FORWARD, EMBED),
                new Tensor("blk.0.ffn_up.weight", EMBED, FEED_FORWARD));

        ByteArrayOutputStream infos = new ByteArrayOutputStream();
        long offset = 0;
        List<Long> offsets = new ArrayList<>();
        for (Tensor tensor : tensors) {
            writeString(infos, tensor.name());
            writeInt(infos, tensor.dims().length);
            for (long dim : tensor.dims()) {
                writeLong(infos, dim);
            }
            writeInt(infos, 0); // F32
            writeLong(infos, offset);
            offsets.add(offset);
            offset = align(offset + tensor.bytes());
        }

        ByteArrayOutputStream file0 = new ByteArrayOutputStream();
        file0.write("GGUF".getBytes(StandardCharsets.US_ASCII));
        writeInt(file0, 3);
        writeLong(file0, tensors.size());
        writeLong(file0, keyValues);
        header.writeTo(file0);
        infos.writeTo(file0);
        while (file0.size() % ALIGNMENT != 0) {
            file0.write(0);
        }
        long dataStart = file0.size();
        for (int i = 0; i < tensors.size(); i++) {
            while (file0.size() - dataStart < offsets.get(i)) {
                file0.write(0);
            }
            Tensor tensor = tensors.get(i);
            ByteBuffer data = ByteBuffer.allocate((int) tensor.bytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (int j = 0; j < tensor.bytes() / 4; j++) {
                data.putFloat(tensor.name().endsWith("norm.weight") ? 1f : ((j * 37 % 17) - 8) / 64f);
            }
            file0.write(data.array());
        }
        Files.write(file, file0.toByteArray());
        return file;
    }

    private record Tensor(String name, long... dims) {
        long bytes() {
            long elements = 1;
            for (long dim : dims) {
                elements *= dim;
            }
            return elements * 4;
        }
    }

    private static long align(long offset) {
        return (offset + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private void key(String key, int type) throws IOException {
        writeString(header, key);
        writeInt(header, type);
        keyValues++;
    }

    private void string(String key, String value) throws IOException {
        key(key, 8);
        writeString(header, value);
    }

    private void u32(String key, int value) throws IOException {
        key(key, 4);
        writeInt(header, value);
    }

    private void f32(String key, float value) throws IOException {
        key(key, 6);
        writeInt(header, Float.floatToIntBits(value));
    }

    private void bool(String key, boolean value) throws IOException {
        key(key, 7);
        header.write(value ? 1 : 0);
    }

    private void stringArray(String key, List<String> values) throws IOException {
        key(key, 9);
        writeInt(header, 8);
        writeLong(header, values.size());
        for (String value : values) {
            writeString(header, value);
        }
    }

    private void int32Array(String key, List<Integer> values) throws IOException {
        key(key, 9);
        writeInt(header, 5);
        writeLong(header, values.size());
        for (int value : values) {
            writeInt(header, value);
        }
    }

    private static void writeString(ByteArrayOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeLong(out, bytes.length);
        out.write(bytes);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array());
    }
}
