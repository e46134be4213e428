package org.trajectorystudio.inference.tokenize;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Exact counts with a HuggingFace {@code tokenizer.json}, through DJL's binding of the Rust tokenizers. Special tokens
 * written in the text ({@code <|im_start|>} of a rendered template) count as one token each; the tokens a post-processor
 * would add around a sequence (BOS/EOS) are not counted unless asked. Truncation and padding are off, so a 128K-token
 * text counts as 128K.
 *
 * <p>Counting goes to the native library directly and reads only the token ids: DJL's {@code Encoding} would also copy
 * out tokens, offsets, masks and word ids that a count never needs. Batches are encoded in one call, in parallel on the
 * Rust side. Thread-safe (the Rust tokenizer is immutable once built).
 */
public final class HfTokenizerCounter implements CloseableTokenCounter {
    static {
        DjlOffline.apply(); // before the first DJL class initialises: no call home
    }

    private final HuggingFaceTokenizer tokenizer;
    private final long handle;
    private final boolean addSpecialTokens;
    private final String name;

    private HfTokenizerCounter(HuggingFaceTokenizer tokenizer, boolean addSpecialTokens, String name) {
        this.tokenizer = tokenizer;
        this.handle = tokenizer.getHandle();
        this.addSpecialTokens = addSpecialTokens;
        this.name = name;
    }

    /** Opens a tokenizer.json, or the tokenizer.json inside a model folder; counts without added special tokens. */
    public static HfTokenizerCounter open(Path path) {
        return open(path, false);
    }

    public static HfTokenizerCounter open(Path path, boolean addSpecialTokens) {
        Path file = TokenizerFiles.requireTokenizerJson(path);
        try {
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder()
                    .optTokenizerPath(file)
                    .optAddSpecialTokens(addSpecialTokens)
                    .optTruncation(false)
                    .optPadding(false)
                    .build();
            String name = "hf:" + file.getFileName() + " sha256:" + FileDigests.shortSha256(file) + (addSpecialTokens ? " +special" : "");
            return new HfTokenizerCounter(tokenizer, addSpecialTokens, name);
        } catch (IOException | RuntimeException e) {
            throw new TokenizerLoadException("hf:" + file + " could not be loaded as a tokenizer: " + firstLine(e), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return addSpecialTokens ? ids(text == null ? "" : text) : 0;
        }
        return ids(text);
    }

    private int ids(String text) {
        long encoding = TokenizersLibrary.LIB.encode(handle, text, addSpecialTokens);
        try {
            return TokenizersLibrary.LIB.getTokenIds(encoding).length;
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    @Override
    public int[] countAll(List<String> texts) {
        int[] counts = new int[texts.size()];
        if (texts.isEmpty()) {
            return counts;
        }
        String[] array = texts.stream().map(text -> text == null ? "" : text).toArray(String[]::new);
        long[] encodings = TokenizersLibrary.LIB.batchEncode(handle, array, addSpecialTokens);
        try {
            for (int i = 0; i < encodings.length; i++) {
                counts[i] = TokenizersLibrary.LIB.getTokenIds(encodings[i]).length;
            }
        } finally {
            for (long encoding : encodings) {
                TokenizersLibrary.LIB.deleteEncoding(encoding);
            }
        }
        return counts;
    }

    /** The token ids, for tests and diagnostics. */
    public long[] encode(String text) {
        long encoding = TokenizersLibrary.LIB.encode(handle, text, addSpecialTokens);
        try {
            return TokenizersLibrary.LIB.getTokenIds(encoding);
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
