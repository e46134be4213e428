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
     * token): {@code NEXT[state << 2 | class]} is the next state, {@code EMIT[state]} 1 where a token starts.
     */
    private static final byte[] NEXT = new byte[16 * 4];
    private static final byte[] EMIT = new byte[16];
    /** The class of each ASCII character. */
    private static final byte[] ASCII_CLASS = new byte[128];
    /**
     * The automaton composed over four characters: {@code STEP4[state << 8 | classes]}, the classes of four ASCII
     * characters packed two bits each (the first lowest), gives the state after them in its low four bits and the
     * tokens they start above. The walk is a chain of dependent reads (each state needs the one before); with it
     * the chain holds one read per four characters, the classes being read off it, and the import's token estimate
     * (run over every imported sample) took half the CPU it did at one read per character.
     */
    private static final byte[] STEP4 = new byte[16 * 256];
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
        for (char c = 0; c < 128; c++) {
            ASCII_CLASS[c] = (byte) type(c);
            CLOSES_RUN[c] = PER_TOKEN[type(c)] == 1;
        }
        for (int state = 0; state < 16; state++) {
            for (int classes = 0; classes < 256; classes++) {
                int at = state;
                int tokens = 0;
                for (int k = 0; k < 4; k++) {
                    at = NEXT[at << 2 | (classes >>> 2 * k & 3)];
                    tokens += EMIT[at];
                }
                STEP4[state << 8 | classes] = (byte) (tokens << 4 | at);
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
        int i = 0;
        for (int from = 0; from < n; from += block.length) {
            int length = Math.min(block.length, n - from);
            text.getChars(from, from + length, block, 0);
            int split = splitPoint(block, i, length);
            long last;
            if (split < 0) {
                last = lane(block, i, length, state);
            } else {
                // Lane a: [i, split] from the carried state; lane b: the rest, from the state after block[split]
                // (the same from every state: a space or a mark closes the run). Two walks side by side overlap
                // their reads, which one walk waits out one after another.
                int a = i;
                int b = split + 1;
                int stateA = state;
                int stateB = NEXT[ASCII_CLASS[block[split]]];
                int tokensA = 0;
                int tokensB = 0;
                while (a + 4 <= split + 1 && b + 4 <= length) {
                    char a0 = block[a];
                    char a1 = block[a + 1];
                    char a2 = block[a + 2];
                    char a3 = block[a + 3];
                    char b0 = block[b];
                    char b1 = block[b + 1];
                    char b2 = block[b + 2];
                    char b3 = block[b + 3];
                    if ((a0 | a1 | a2 | a3 | b0 | b1 | b2 | b3) >= 128) {
                        break;
                    }
                    int stepA = STEP4[stateA << 8 | classes(a0, a1, a2, a3)];
                    int stepB = STEP4[stateB << 8 | classes(b0, b1, b2, b3)];
                    stateA = stepA & 15;
                    tokensA += stepA >>> 4;
                    stateB = stepB & 15;
                    tokensB += stepB >>> 4;
                    a += 4;
                    b += 4;
                }
                long restA = lane(block, a, split + 1, stateA);
                // Lane a ends on the split character itself, so it never runs into lane b's first character.
                tokens += tokensA + tokensB + (int) (restA >>> 32);
                last = lane(block, b, length, stateB);
            }
            tokens += (int) (last >>> 32);
            state = (int) last & 0xFF;
            i = ((int) last >>> 8) - length; // 1 when a surrogate pair's low half opens the next block
        }
        return tokens;
    }

    /** The classes of four ASCII characters packed for {@link #STEP4}. */
    private static int classes(char c0, char c1, char c2, char c3) {
        return ASCII_CLASS[c0] | ASCII_CLASS[c1] << 2 | ASCII_CLASS[c2] << 4 | ASCII_CLASS[c3] << 6;
    }

    /**
     * Where the block can be cut into two lanes run side by side: an ASCII space or mark in its second half (the
     * state after it does not depend on the state before), not the broken low half of a pair; -1 when there is none.
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
            if (i + 4 <= to) {
                char c0 = block[i];
                char c1 = block[i + 1];
                char c2 = block[i + 2];
                char c3 = block[i + 3];
                if ((c0 | c1 | c2 | c3) < 128) {
                    int step = STEP4[state << 8 | classes(c0, c1, c2, c3)];
                    state = step & 15;
                    tokens += step >>> 4;
                    i += 4;
                    continue;
                }
            }
            char c = block[i];
            state = NEXT[state << 2 | (c < 128 ? ASCII_CLASS[c] : type(c))];
            tokens += EMIT[state];
            // an emoji or rare character: one token for the surrogate pair (its low half may open the next block)
            i += c >= 128 && Character.isHighSurrogate(c) ? 2 : 1;
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
