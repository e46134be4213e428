package org.trajectorystudio.inference.tokenize.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trains a byte-level BPE vocabulary (GPT-2/Qwen style) on a corpus and writes it as a HuggingFace
 * {@code tokenizer.json} that DJL's tokenizers binding loads, so that benchmarks and tests can count with a realistic
 * exact tokenizer without downloading one. Deterministic: the same corpus and merge count give the same file (ties
 * between equally frequent pairs go to the smaller pair of ids).
 *
 * <p>Written here rather than taken from a library: the HuggingFace trainer is Rust/Python only and DJL binds the
 * tokenizer, not its trainer. The classic algorithm with incremental pair counts: words (pre-tokenized pieces with
 * their frequencies) as symbol arrays, a count per adjacent pair, an index from pair to the words holding it, and a
 * heap of candidates checked lazily against the current counts.
 */
public final class ByteLevelBpeTrainer {
    /** GPT-2's pre-tokenizer pattern, which HF's ByteLevel pre-tokenizer also uses. */
    private static final Pattern PIECES = Pattern.compile(
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+");
    /** Qwen's ChatML specials (special) and its tool-call tags (added, not special). */
    public static final List<String> SPECIALS = List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>");
    public static final List<String> ADDED = List.of("<tool_call>", "</tool_call>", "<tool_response>", "</tool_response>", "<think>", "</think>");

    private static final String[] BYTE_SYMBOLS = byteSymbols();

    private final List<String> vocab = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> merges = new ArrayList<>();

    private ByteLevelBpeTrainer() {}

    /** Learns up to {@code maxMerges} merges from the texts (fewer when no pair occurs twice any more). */
    public static ByteLevelBpeTrainer train(Iterable<String> corpus, int maxMerges) {
        ByteLevelBpeTrainer trainer = new ByteLevelBpeTrainer();
        trainer.learn(corpus, maxMerges);
        return trainer;
    }

    public int vocabularySize() {
        return vocab.size() + SPECIALS.size() + ADDED.size();
    }

    public int mergeCount() {
        return merges.size();
    }

    private void learn(Iterable<String> corpus, int maxMerges) {
        for (String symbol : BYTE_SYMBOLS) {
            ids.put(symbol, vocab.size());
            vocab.add(symbol);
        }
        Map<String, Integer> frequencies = new TreeMap<>(); // sorted: word order, and so ids, never depend on hashing
        for (String text : corpus) {
            for (String special : SPECIALS) {
                text = text.replace(special, " ");
            }
            for (String added : ADDED) {
                text = text.replace(added, " ");
            }
            Matcher matcher = PIECES.matcher(text);
            while (matcher.find()) {
                frequencies.merge(matcher.group(), 1, Integer::sum);
            }
        }
        List<int[]> words = new ArrayList<>(frequencies.size());
        int[] counts = new int[frequencies.size()];
        int w = 0;
        for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
            byte[] bytes = entry.getKey().getBytes(StandardCharsets.UTF_8);
            int[] symbols = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                symbols[i] = bytes[i] & 0xFF;
            }
            words.add(symbols);
            counts[w++] = entry.getValue();
        }

        Map<Long, Long> pairCounts = new HashMap<>();
        Map<Long, Set<Integer>> pairWords = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            addPairs(words.get(i), counts[i], i, pairCounts, pairWords);
        }
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        pairCounts.forEach((pair, count) -> heap.add(new long[] {count, pair}));

        while (merges.size() < maxMerges && !heap.isEmpty()) {
            long[] top = heap.poll();
            long pair = top[1];
            long current = pairCounts.getOrDefault(pair, 0L);
            if (current != top[0]) {
                if (current > 0) {
                    heap.add(new long[] {current, pair});
                }
                continue;
            }
            if (current < 2) {
                break;
            }
            int left = (int) (pair >>> 32);
            int right = (int) pair;
            // Two different pairs can spell the same token ("ab c", "a bc"): it keeps one id.
            String token = vocab.get(left) + vocab.get(right);
            int merged = ids.computeIfAbsent(token, t -> {
                vocab.add(t);
                return vocab.size() - 1;
            });
            merges.add(vocab.get(left) + " " + vocab.get(right));
            Set<Long> touched = new HashSet<>();
            for (int word : new ArrayList<>(pairWords.getOrDefault(pair, Set.of()))) {
                int[] symbols = words.get(word);
                removePairs(symbols, counts[word], word, pairCounts, pairWords, touched);
                int[] replaced = replace(symbols, left, right, merged);
                words.set(word, replaced);
                addPairs(replaced, counts[word], word, pairCounts, pairWords);
                collect(replaced, touched);
            }
            pairCounts.remove(pair);
            pairWords.remove(pair);
            for (long changed : touched) {
                Long count = pairCounts.get(changed);
                if (count != null && count > 1) {
                    heap.add(new long[] {count, changed});
                }
            }
        }
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    private static void addPairs(int[] symbols, int count, int word, Map<Long, Long> pairCounts, Map<Long, Set<Integer>> pairWords) {
        for (int i = 0; i + 1 < symbols.length; i++) {
            long pair = key(symbols[i], symbols[i + 1]);
            pairCounts.merge(pair, (long) count, Long::sum);
            pairWords.computeIfAbsent(pair, p -> new HashSet<>()).add(word);
        }
    }

    private static void removePairs(int[] symbols, int count, int word, Map<Long, Long> pairCounts,
                                    Map<Long, Set<Integer>> pairWords, Set<Long> touched) {
        for (int i = 0; i + 1 < symbols.length; i++) {
            long pair = key(symbols[i], symbols[i + 1]);
            touched.add(pair);
            long left = pairCounts.merge(pair, (long) -count, Long::sum);
            if (left <= 0) {
                pairCounts.remove(pair);
            }
            Set<Integer> holders = pairWords.get(pair);
            if (holders != null) {
                holders.remove(word);
            }
        }
    }

    private static void collect(int[] symbols, Set<Long> touched) {
        for (int i = 0; i + 1 < symbols.length; i++) {
            touched.add(key(symbols[i], symbols[i + 1]));
        }
    }

    private static int[] replace(int[] symbols, int left, int right, int merged) {
        int[] out = new int[symbols.length];
        int n = 0;
        for (int i = 0; i < symbols.length; i++) {
            if (i + 1 < symbols.length && symbols[i] == left && symbols[i + 1] == right) {
                out[n++] = merged;
                i++;
            } else {
                out[n++] = symbols[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Writes the tokenizer.json: ByteLevel pre-tokenizer and decoder, BPE model, Qwen's specials as added tokens. */
    public Path write(Path file) throws IOException {
        ObjectNode root = Json.object();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        int id = vocab.size();
        for (String token : SPECIALS) {
            addedToken(added, id++, token, true);
        }
        for (String token : ADDED) {
            addedToken(added, id++, token, false);
        }
        root.putNull("normalizer");
        ObjectNode pre = root.putObject("pre_tokenizer");
        pre.put("type", "ByteLevel");
        pre.put("add_prefix_space", false);
        pre.put("trim_offsets", true);
        pre.put("use_regex", true);
        ObjectNode post = root.putObject("post_processor");
        post.put("type", "ByteLevel");
        post.put("add_prefix_space", false);
        post.put("trim_offsets", false);
        post.put("use_regex", false);
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
        ObjectNode vocabulary = model.putObject("vocab");
        for (int i = 0; i < vocab.size(); i++) {
            vocabulary.put(vocab.get(i), i);
        }
        ArrayNode mergeArray = model.putArray("merges");
        merges.forEach(mergeArray::add);
        Files.write(file, Json.MAPPER.writeValueAsBytes(root));
        return file;
    }

    private static void addedToken(ArrayNode added, int id, String content, boolean special) {
        ObjectNode token = added.addObject();
        token.put("id", id);
        token.put("content", content);
        token.put("single_word", false);
        token.put("lstrip", false);
        token.put("rstrip", false);
        token.put("normalized", false);
        token.put("special", special);
    }

    /** GPT-2's bytes_to_unicode: printable bytes stand for themselves, the others are shifted past U+0100. */
    private static String[] byteSymbols() {
        String[] symbols = new String[256];
        int shifted = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            symbols[b] = printable ? String.valueOf((char) b) : String.valueOf((char) (256 + shifted++));
        }
        return symbols;
    }
}
