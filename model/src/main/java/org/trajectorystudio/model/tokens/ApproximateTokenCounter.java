package org.trajectorystudio.model.tokens;

/**
 * A tokenizer-free estimate, close to BPE tokenizers of the Qwen/Llama family on English, code and JSON: about one
 * token per 4 characters of Latin text, one per CJK character, one per punctuation mark, and one per run of digits of
 * up to 3. Labelled approximate everywhere it is shown.
 */
public final class ApproximateTokenCounter implements TokenCounter {
    public static final ApproximateTokenCounter INSTANCE = new ApproximateTokenCounter();

    // Character classes (0-3: they index the tables below).
    private static final int LETTER = 0;
    private static final int DIGIT = 1;
    private static final int SPACE = 2;
    private static final int OTHER = 3;
    /** Characters per token in a run of the class (a space never counts, each other mark is a token). */
    private static final int[] PER_TOKEN = {4, 3, 1, 1};
    private static final int[] COUNTS = {1, 1, 0, 1};
    /**
     * The rule as a 16-state automaton, a state being (class of the run, position in it modulo the characters per
     * token): {@code NEXT[state << 2 | class]} is the next state, {@code EMIT[state]} 1 where a token starts. Table
     * reads and no branch on the class: the run loops it replaces mispredicted on every change of class
     * (JSON alternates letters, quotes, spaces and digits), and this counter runs over every imported sample.
     */
    private static final byte[] NEXT = new byte[16 * 4];
    private static final byte[] EMIT = new byte[16];
    /**
     * {@code NEXT} composed with the classes of ASCII characters: {@code NEXT_ASCII[state << 7 | c]}, one table read an
     * ASCII character, which also skips Character's Unicode tables in the common case (import hot path).
     */
    private static final byte[] NEXT_ASCII = new byte[16 * 128];
    private static final int START = SPACE << 2; // as after a space: nothing open

    private static final ThreadLocal<char[]> BLOCK = ThreadLocal.withInitial(() -> new char[4096]);

    static {
        for (int run = 0; run < 4; run++) {
            for (int position = 0; position < 4; position++) {
                for (int next = 0; next < 4; next++) {
                    int nextPosition = next == run ? (position + 1) % PER_TOKEN[next] : 0;
                    NEXT[(run << 2 | position) << 2 | next] = (byte) (next << 2 | nextPosition);
                }
                EMIT[run << 2 | position] = (byte) (position == 0 ? COUNTS[run] : 0);
            }
        }
        for (int state = 0; state < 16; state++) {
            for (char c = 0; c < 128; c++) {
                NEXT_ASCII[state << 7 | c] = NEXT[state << 2 | type(c)];
            }
        }
    }

    @Override
    public String name() {
        return "approx";
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        // Copied block by block into a char array: a loop over the array runs several times faster than charAt.
        char[] block = BLOCK.get();
        int n = text.length();
        int tokens = 0;
        int state = START;
        boolean skipNext = false;
        for (int from = 0; from < n; from += block.length) {
            int length = Math.min(block.length, n - from);
            text.getChars(from, from + length, block, 0);
            int i = skipNext ? 1 : 0;
            while (i < length) {
                char c = block[i];
                if (c < 128) {
                    state = NEXT_ASCII[state << 7 | c];
                    i++;
                } else {
                    state = NEXT[state << 2 | type(c)];
                    // an emoji or rare character: one token for the surrogate pair (its low half may open the next block)
                    i += Character.isHighSurrogate(c) ? 2 : 1;
                }
                tokens += EMIT[state];
            }
            skipNext = i > length;
        }
        return tokens;
    }

    private static int type(char c) {
        if (Character.isLetter(c) && c < 0x2E80) {
            return LETTER;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        return Character.isWhitespace(c) ? SPACE : OTHER;
    }
}
