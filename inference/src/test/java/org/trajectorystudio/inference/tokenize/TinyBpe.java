package org.trajectorystudio.inference.tokenize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny byte-level BPE vocabulary in the GPT-2 style that Qwen uses: the 256 byte symbols, merges that build a few
 * whole words (with and without the leading space symbol {@code Ġ}), and the ChatML special tokens. Written either as
 * a HuggingFace tokenizer.json or into a GGUF, so both counters can be checked against each other and against counts
 * worked out by hand.
 */
public final class TinyBpe {
    /** Each of these, alone or after a space, is one token. No word's first two letters occur inside another word. */
    public static final List<String> WORDS = List.of("the", "search", "query", "tool", "answer", "Derby");
    public static final List<String> SPECIALS = List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>");
    public static final String SPACE = symbol(' ');

    private final List<String> tokens = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();

    public TinyBpe() {
        for (int b = 0; b < 256; b++) {
            tokens.add(symbol(b));
        }
        for (String word : WORDS) {
            chain(word);
            // Ġ joins the finished word last, so BPE builds the word first whatever the merge ranks inside it are.
            merges.add(SPACE + " " + word);
            tokens.add(SPACE + word);
        }
        tokens.addAll(SPECIALS);
    }

    /** Merges that build {@code word} left to right: a b → ab, ab c → abc, … */
    private void chain(String word) {
        String prefix = word.substring(0, 1);
        for (int i = 1; i < word.length(); i++) {
            String next = word.substring(i, i + 1);
            merges.add(prefix + " " + next);
            prefix += next;
            if (!tokens.contains(prefix)) {
                tokens.add(prefix);
            }
        }
    }

    public List<String> tokens() {
        return tokens;
    }

    public List<String> merges() {
        return merges;
    }

    public int id(String token) {
        return tokens.indexOf(token);
    }

    public boolean special(int id) {
        return SPECIALS.contains(tokens.get(id));
    }

    /** GPT-2's bytes_to_unicode: printable bytes stand for themselves, the others are shifted past U+0100. */
    public static String symbol(int b) {
        if ((b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF)) {
            return String.valueOf((char) b);
        }
        int shifted = 0;
        for (int other = 0; other < b; other++) {
            if (!((other >= '!' && other <= '~') || (other >= 0xA1 && other <= 0xAC) || (other >= 0xAE && other <= 0xFF))) {
                shifted++;
            }
        }
        return String.valueOf((char) (256 + shifted));
    }

    /**
     * Writes a tokenizer.json: ByteLevel pre-tokenizer with the GPT-2 regex, BPE model, ChatML specials as added
     * tokens, and a post-processor that puts {@code <|endoftext|>} first (so that "with special tokens" differs).
     */
    public Path writeTokenizerJson(Path file) throws IOException {
        ObjectNode root = Json.object();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (String special : SPECIALS) {
            ObjectNode token = added.addObject();
            token.put("id", id(special));
            token.put("content", special);
            token.put("single_word", false);
            token.put("lstrip", false);
            token.put("rstrip", false);
            token.put("normalized", false);
            token.put("special", true);
        }
        root.putNull("normalizer");
        ObjectNode pre = root.putObject("pre_tokenizer");
        pre.put("type", "ByteLevel");
        pre.put("add_prefix_space", false);
        pre.put("trim_offsets", true);
        pre.put("use_regex", true);
        ObjectNode post = root.putObject("post_processor");
        post.put("type", "TemplateProcessing");
        post.set("single", Json.MAPPER.readTree("[{\"SpecialToken\":{\"id\":\"<|endoftext|>\",\"type_id\":0}},{\"Sequence\":{\"id\":\"A\",\"type_id\":0}}]"));
        post.set("pair", Json.MAPPER.readTree("[{\"Sequence\":{\"id\":\"A\",\"type_id\":0}},{\"Sequence\":{\"id\":\"B\",\"type_id\":1}}]"));
        post.set("special_tokens", Json.MAPPER.readTree("{\"<|endoftext|>\":{\"id\":\"<|endoftext|>\",\"ids\":[" + id("<|endoftext|>")
                + "],\"tokens\":[\"<|endoftext|>\"]}}"));
        ObjectNode decoder = root.putObject("decoder");
        decoder.put("type", "ByteLevel");
        decoder.put("add_prefix_space", false);
        decoder.put("trim_offsets", true);
        decoder.put("use_regex", true);
        ObjectNode model = root.putObject("model");
        model.put("type", "BPE");
        model.putNull("dropout");
        model.putNull("unk_token");
        model.putNull("continuing_subword_prefix");
        model.putNull("end_of_word_suffix");
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        ObjectNode vocab = model.putObject("vocab");
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!special(i)) {
                ordered.put(tokens.get(i), i);
            }
        }
        ordered.forEach(vocab::put);
        ArrayNode mergeArray = model.putArray("merges");
        merges.forEach(mergeArray::add);
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }
}
