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
     * ASCII character, which also skips Character's Unicode tables in the common case (import hot path). A state here
     * carries its {@code EMIT} in bit 4 (32 rows, the upper 16 a copy of the lower): the count needs no second read.
     */
    private static final byte[] NEXT_ASCII = new byte[32 * 128];
    private static final int START = SPACE << 2; // as after a space: nothing open

    /** ASCII characters of a class whose run is one character long (a space, a mark): the state after them is fixed. */
    private static final boolean[] CLOSES_RUN = new boolean[128];

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
        for (int state = 0; state < 32; state++) {
            for (char c = 0; c < 128; c++) {
                int next = NEXT[(state & 15) << 2 | type(c)];
                NEXT_ASCII[state << 7 | c] = (byte) (EMIT[next] << 4 | next);
            }
        }
        for (char c = 0; c < 128; c++) {
            CLOSES_RUN[c] = PER_TOKEN[type(c)] == 1;
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
        int i = 0;
        for (int from = 0; from < n; from += block.length) {
            int length = Math.min(block.length, n - from);
            text.getChars(from, from + length, block, 0);
            int split = splitPoint(block, i, length);
            long last;
            if (split < 0) {
                last = lane(block, i, length, state);
            } else {
                // Lane a: [i, split] from the carried state; lane b: the rest, from the state after block[split].
                int a = i;
                int b = split + 1;
                int stateA = state;
                int stateB = NEXT_ASCII[block[split]]; // the same from every state: a space or a mark closes the run
                int tokensA = 0;
                int tokensB = 0;
                while (a <= split && b < length) {
                    char ca = block[a];
                    char cb = block[b];
                    if ((ca | cb) >= 128) {
                        break;
                    }
                    stateA = NEXT_ASCII[stateA << 7 | ca];
                    tokensA += stateA >>> 4;
                    stateB = NEXT_ASCII[stateB << 7 | cb];
                    tokensB += stateB >>> 4;
                    a++;
                    b++;
                }
                tokens += tokensA + tokensB + (int) (lane(block, a, split + 1, stateA) >>> 32);
                last = lane(block, b, length, stateB);
            }
            tokens += (int) (last >>> 32);
            state = (int) last & 0xFF;
            i = ((int) last >>> 8) - length; // 1 when a surrogate pair's low half opens the next block
        }
        return tokens;
    }

    /**
     * Where the block can be cut into two lanes run side by side: an ASCII space or mark in its second half (the
     * state after it does not depend on the state before), not the broken low half of a pair; -1 when there is none.
     * Two independent table walks overlap their load latencies, which a single walk waits out on every character.
     */
    private static int splitPoint(char[] block, int from, int length) {
        if (length - from < 256) {
            return -1;
        }
        for (int p = from + (length - from) / 2; p < length; p++) {
            char c = block[p];
            if (c < 128 && CLOSES_RUN[c] && !Character.isHighSurrogate(block[p - 1])) {
                return p;
            }
        }
        return -1;
    }

    /** The automaton over {@code block[from, to)}: tokens {@code << 32 | end index << 8 | state}. */
    private static long lane(char[] block, int from, int to, int state) {
        int tokens = 0;
        int i = from;
        while (i < to) {
            char c = block[i];
            if (c < 128) {
                state = NEXT_ASCII[state << 7 | c];
                i++;
            } else {
                int next = NEXT[(state & 15) << 2 | type(c)];
                state = EMIT[next] << 4 | next;
                // an emoji or rare character: one token for the surrogate pair (its low half may open the next block)
                i += Character.isHighSurrogate(c) ? 2 : 1;
            }
            tokens += state >>> 4;
        }
        return (long) tokens << 32 | (long) i << 8 | state;
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
